using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>/veileder/nettverk/samling/{id}: a recovery contact changes a gathering (date, agenda, who came, notes).</summary>
[Authorize(Policy = Policies.RecoveryContact)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NettverkSamlingModel(NetworkQuery query, GatheringCommands commands) : PageModel
{
    public GatheringView Gathering { get; private set; } = null!;
    public IReadOnlyList<NetworkPerson> Choices { get; private set; } = [];
    public Refusal? Refusal { get; private set; }
    public GatheringRequest Values { get; private set; } = GatheringForm.Empty;

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await ShowAsync(id))
        {
            return NotFound();
        }
        Values = new GatheringRequest(Gathering.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Gathering.Agenda,
            Gathering.Attendees.Select(a => a.Id).ToList(), Gathering.Notes, Gathering.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? heldOn, string? agenda, List<Guid> attendees, string? notes, int? version)
    {
        var request = new GatheringRequest(heldOn, agenda, attendees, notes, version);
        var (outcome, _) = await commands.UpdateAsync(User, id, request);
        if (outcome.Succeeded)
        {
            return Redirect(NettverkModel.Path + "?lagret=true#gatherings");
        }
        if (!await ShowAsync(id))
        {
            return NotFound();
        }
        Refusal = outcome.Refusal;
        // On a conflict the form keeps what was typed, against the newest version, so saving again is a choice.
        Values = request with { Version = IsConflict ? Gathering.Version : version };
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }

    private async Task<bool> ShowAsync(Guid id)
    {
        if (await commands.GetAsync(User, id) is not { } gathering)
        {
            return false;
        }
        Gathering = gathering;
        var contacts = (await query.ContactsAsync(User)).Select(c => c.Person);
        Choices = GatheringForm.ChoicesFor(contacts, gathering.Attendees);
        return true;
    }
}
