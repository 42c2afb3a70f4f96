using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>
/// /veileder/nettverk: the recovery contacts by department, the network's gatherings and a reminder when a quarter
/// passed without one. Leaders and the administrator read; recovery contacts also add gatherings here.
/// </summary>
[Authorize(Policy = Policies.ReadNetwork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NettverkModel(NetworkQuery query, GatheringCommands commands, IAuthorizationService authorization) : PageModel
{
    public const string Path = "/veileder/nettverk";

    public NetworkView Network { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public Refusal? Refusal { get; private set; }
    public GatheringRequest Typed { get; private set; } = GatheringForm.Empty;

    public bool Saved => Request.Query["lagret"] == "true";

    public async Task OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAddAsync(string? heldOn, string? agenda, List<Guid> attendees, string? notes)
    {
        await ShowAsync();
        if (!CanWrite)
        {
            return Forbid();
        }
        var request = new GatheringRequest(heldOn, agenda, attendees, notes, null);
        var outcome = await commands.AddAsync(User, request);
        if (outcome.Succeeded)
        {
            return Redirect(Path + "?lagret=true#gatherings");
        }
        Refusal = outcome.Refusal;
        Typed = request;
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }

    public IReadOnlyList<NetworkPerson> Contacts() =>
        Network.Departments.SelectMany(d => d.Contacts).Concat(Network.WithoutDepartment).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();

    private async Task ShowAsync()
    {
        Network = await query.ReadAsync(User);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.RecoveryContact)).Succeeded;
    }
}
