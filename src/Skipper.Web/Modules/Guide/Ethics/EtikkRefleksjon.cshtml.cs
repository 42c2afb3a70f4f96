using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Ethics;

/// <summary>/veileder/etikk/{id}: one of my department's reflections, to read in a meeting and to change.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EtikkRefleksjonModel(EthicsCommands commands) : PageModel
{
    public EthicsView Reflection { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }
    public EthicsRequest? Typed { get; private set; }

    public bool Saved => Request.Query["lagret"] == "true";

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var outcome = await commands.GetAsync(User, id);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        Reflection = outcome.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, EthicsRequest request)
    {
        var (outcome, current) = await commands.UpdateAsync(User, id, request);
        if (outcome.Succeeded)
        {
            return Redirect($"{EtikkModel.Path}/{id}?lagret=true");
        }
        if (outcome.Refusal.Kind == RefusalKind.NotFound)
        {
            return NotFound();
        }
        var read = current is null ? await commands.GetAsync(User, id) : current;
        if (!read.Succeeded)
        {
            return NotFound();
        }
        Reflection = read.Value;
        Refusal = outcome.Refusal;
        // On a conflict the form shows what was typed against the newest version, so saving again is a choice.
        Typed = request with { Version = Reflection.Version };
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }
}
