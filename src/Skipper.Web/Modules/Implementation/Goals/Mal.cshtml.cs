using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>
/// /avdeling/mal: the recovery goals of one department, or of the section (?avdeling=seksjonen). Recovery contacts
/// and department leaders keep their own department's; section leaders pick any department or the section.
/// </summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class GoalsPageModel(GoalPlaces places, GoalQuery query, GoalCommands commands) : PageModel
{
    public IReadOnlyList<GoalPlace> Choices { get; private set; } = [];
    public GoalListView? Goals { get; private set; }
    public Refusal? Refusal { get; private set; }
    public GoalRequest Values { get; private set; } = GoalForm.Empty;

    public bool Saved => Request.Query["lagret"] == "true";

    public async Task<IActionResult> OnGetAsync(string? avdeling) => await ShowAsync(avdeling);

    public async Task<IActionResult> OnPostAsync(string? avdeling, string? title, string? description, string? owner, string? dueOn, string? status, string? comment)
    {
        if (!GoalAddresses.TryRead(avdeling, out var departmentId))
        {
            return NotFound();
        }
        var request = new GoalRequest(title, description, owner, dueOn, status, comment, null);
        var outcome = await commands.AddAsync(User, departmentId, request);
        if (outcome.Succeeded)
        {
            return Redirect(GoalAddresses.For(departmentId) + "&lagret=true#goal-" + outcome.Value.Id);
        }
        if (outcome.Refusal.Kind != RefusalKind.Invalid)
        {
            return Refused(outcome.Refusal);
        }
        Refusal = outcome.Refusal;
        Values = request;
        Response.StatusCode = outcome.Refusal.Status;
        return await ShowAsync(avdeling);
    }

    private async Task<IActionResult> ShowAsync(string? avdeling)
    {
        Choices = await places.ChoicesAsync(User);
        Guid? departmentId;
        if (avdeling is null)
        {
            // Those with a department start there; a section leader (or anyone without one) with the section's own goals.
            departmentId = DepartmentAccess.SeesAll(User) ? null : User.DepartmentId();
        }
        else if (!GoalAddresses.TryRead(avdeling, out departmentId))
        {
            return NotFound();
        }
        var goals = await query.ListAsync(User, departmentId);
        if (!goals.Succeeded)
        {
            return Refused(goals.Refusal);
        }
        Goals = goals.Value;
        return Page();
    }

    private IActionResult Refused(Refusal refusal) => refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
}
