using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>/avdeling/mal/{id}: one goal; those who keep it change its status, comment or details, and its history reads below.</summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class GoalPageModel(GoalQuery query, GoalCommands commands) : PageModel
{
    public OpenGoal Opened { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }
    public GoalRequest Values { get; private set; } = GoalForm.Empty;

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public bool Saved => Request.Query["lagret"] == "true";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await OpenAsync(id) is { } refused)
        {
            return refused;
        }
        Values = Opened.Goal.ToRequest();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? title, string? description, string? owner, string? dueOn, string? status, string? comment, int? version)
    {
        if (await OpenAsync(id) is { } refused)
        {
            return refused;
        }
        var request = new GoalRequest(title, description, owner, dueOn, status, comment, version);
        var (outcome, _) = await commands.UpdateAsync(User, Opened.Place.DepartmentId, id, request);
        if (outcome.Succeeded)
        {
            return Redirect(GoalAddresses.Goal(id) + "?lagret=true#history");
        }
        if (outcome.Refusal.Kind is RefusalKind.Forbidden or RefusalKind.NotFound)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        await OpenAsync(id);
        Refusal = outcome.Refusal;
        // On a conflict the form keeps what was typed against the newest version, so saving again is a choice.
        Values = request with { Version = IsConflict ? Opened.Goal.Version : version };
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }

    private async Task<IActionResult?> OpenAsync(Guid id)
    {
        var opened = await query.OpenAsync(User, id);
        if (!opened.Succeeded)
        {
            return opened.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        Opened = opened.Value;
        return null;
    }
}
