using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Crew;

/// <summary>
/// /min-plan/mannskap: the person's crew, where they invite relatives, choose what each sees, and withdraw.
/// A new sign-up link is shown once, in the answer to the POST and never in a URL; other changes redirect.
/// </summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MannskapModel(PlanDoor door, CrewQuery query, CrewCommands commands) : PageModel
{
    public const string Path = "/min-plan/mannskap";

    public CrewView Crew { get; private set; } = null!;

    /// <summary>Which form was refused: "invite", or the id of the share whose form it was.</summary>
    public string? FailedForm { get; private set; }

    public Refusal? Refusal { get; private set; }
    public InviteRequest? Typed { get; private set; }
    public IReadOnlyList<string>? TypedParts { get; private set; }
    public InvitedRelative? Invited { get; private set; }

    /// <summary>A success message after a redirect: its text key and the relative it is about.</summary>
    public (string Key, string Name)? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? endret, Guid? trukket)
    {
        var shown = await ShowAsync();
        var changed = endret ?? trukket;
        if (Crew is not null && changed is { } id && Crew.Relatives.FirstOrDefault(r => r.ShareId == id) is { } share)
        {
            Notice = (endret is not null ? "Crew.Notice.Changed" : "Crew.Notice.Withdrawn", share.Name);
        }
        return shown;
    }

    public async Task<IActionResult> OnPostInviteAsync(string? name, string? email, List<string>? parts)
    {
        var request = new InviteRequest(name, email, parts ?? []);
        var outcome = await commands.InviteAsync(User, request);
        if (outcome.Succeeded)
        {
            Invited = outcome.Value;
            Notice = ("Crew.Notice.Shared", outcome.Value.Share.Name);
            return await ShowAsync();
        }
        Typed = request;
        return await RefusedAsync(outcome.Refusal, "invite");
    }

    public async Task<IActionResult> OnPostPartsAsync(Guid shareId, List<string>? parts)
    {
        var outcome = await commands.ChangePartsAsync(User, shareId, new PartsRequest(parts ?? []));
        if (outcome.Succeeded)
        {
            return Redirect($"{Path}?endret={shareId}#share-{shareId:N}");
        }
        TypedParts = parts ?? [];
        return await RefusedAsync(outcome.Refusal, shareId.ToString("N"));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid shareId)
    {
        var outcome = await commands.WithdrawAsync(User, shareId);
        return outcome.Succeeded ? Redirect($"{Path}?trukket={shareId}#relatives") : await RefusedAsync(outcome.Refusal, shareId.ToString("N"));
    }

    /// <summary>The parts to tick in a share's form: what was typed if that form was refused, else what is shared.</summary>
    public bool Ticked(CrewRelativeView share, string part) =>
        FailedForm == share.ShareId.ToString("N") && TypedParts is not null ? TypedParts.Contains(part) : share.Sees(part);

    /// <summary>A refused invitation, or a refused change of a share on the page, shows its message beside its form.</summary>
    public bool RefusalShownAtForm =>
        FailedForm == "invite" || (Crew is not null && Crew.Active.Any(s => s.ShareId.ToString("N") == FailedForm));

    public FieldError? ErrorFor(string form, string field) => FailedForm == form ? Refusal?.ErrorFor(field) : null;

    private async Task<IActionResult> RefusedAsync(Refusal refusal, string form)
    {
        Refusal = refusal;
        FailedForm = form;
        Response.StatusCode = refusal.Status;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        Crew = await query.ReadAsync(opened.PersonId);
        return Page();
    }
}
