using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Goals;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.MyPlan;

/// <summary>/min-plan/mal/{goalId}: the person changes one goal (words, who helps, status) and its steps (done, date).</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MalModel(PlanDoor door, PlanQuery query, GoalCommands goals, StepCommands steps) : PageModel
{
    public GoalView Goal { get; private set; } = null!;
    public PlanForm Form { get; } = new();
    public GoalRequest? TypedGoal { get; private set; }
    public Guid? FailedStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid goalId) => await ShowAsync(goalId);

    public async Task<IActionResult> OnPostGoalAsync(Guid goalId, GoalRequest request)
    {
        var (outcome, _) = await goals.UpdateAsync(User, goalId, request);
        TypedGoal = request;
        return await AfterAsync(goalId, outcome.Refusal, "goal");
    }

    public async Task<IActionResult> OnPostStepAsync(Guid goalId, Guid stepId, StepRequest request)
    {
        var (outcome, _) = await steps.UpdateAsync(User, goalId, stepId, request);
        FailedStep = stepId;
        Form.NewStep = request;
        return await AfterAsync(goalId, outcome.Refusal, "step");
    }

    public async Task<IActionResult> OnPostNewStepAsync(Guid goalId, StepRequest request)
    {
        var outcome = await steps.AddOwnAsync(User, goalId, request);
        Form.GoalId = goalId;
        Form.NewStep = request;
        return await AfterAsync(goalId, outcome.Refusal, "step");
    }

    public bool IsConflict => Form.Refusal?.Kind == RefusalKind.Conflict;

    /// <summary>What the field shows: the refused text (so nothing typed is lost), unless newer text won a conflict.</summary>
    public string? Shown(string form, string? typed, string stored) => Form.Failed == form && !IsConflict ? typed : stored;

    private async Task<IActionResult> AfterAsync(Guid goalId, Refusal? refusal, string form)
    {
        if (refusal is null)
        {
            return Redirect($"/min-plan/mal/{goalId}");
        }
        Form.Refusal = refusal;
        Form.Failed = form;
        Response.StatusCode = refusal.Status;
        return await ShowAsync(goalId);
    }

    private async Task<IActionResult> ShowAsync(Guid goalId)
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        var goal = opened.IsOpen ? (await query.ReadAsync(opened)).Goals?.FirstOrDefault(g => g.Id == goalId) : null;
        if (goal is null)
        {
            return NotFound();
        }
        Goal = goal;
        return Page();
    }
}
