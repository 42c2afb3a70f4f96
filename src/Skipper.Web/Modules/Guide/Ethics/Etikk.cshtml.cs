using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Ethics;

/// <summary>/veileder/etikk: my department's saved ethical reflections, and the five-step form for a new one.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EtikkModel(EthicsCommands commands) : PageModel
{
    public const string Path = "/veileder/etikk";

    public EthicsList? List { get; private set; }
    public Refusal? Refusal { get; private set; }
    public EthicsRequest Typed { get; private set; } = new(null, null, null, null, null, null, null, null);

    public bool HasDepartment => List is not null;

    public async Task OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostCreateAsync(EthicsRequest request)
    {
        var outcome = await commands.CreateAsync(User, request);
        if (outcome.Succeeded)
        {
            return Redirect($"{Path}/{outcome.Value.Id}?lagret=true");
        }
        Refusal = outcome.Refusal;
        Typed = request;
        Response.StatusCode = outcome.Refusal.Status;
        await ShowAsync();
        return Page();
    }

    private async Task ShowAsync()
    {
        var list = await commands.ListAsync(User);
        List = list.Value;
    }
}
