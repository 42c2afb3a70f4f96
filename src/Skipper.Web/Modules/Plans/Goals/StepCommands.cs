using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Goals;

/// <summary>Small steps: the person and their staff add them (each shows who wrote it); the person changes them.</summary>
public sealed class StepCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<Outcome<StepView>> AddOwnAsync(ClaimsPrincipal user, Guid goalId, StepRequest? request) =>
        await AddAsync(user, await door.OpenOwnAsync(user, PersonOperation.Write), goalId, request);

    /// <summary>Staff with a care relation add a step to one of the person's goals; without one the plan is not found.</summary>
    public async Task<Outcome<StepView>> AddForAsync(ClaimsPrincipal user, Guid personId, Guid goalId, StepRequest? request) =>
        await AddAsync(user, await door.OpenAsync(user, personId, PersonOperation.Write), goalId, request);

    public async Task<(Outcome<StepView> Outcome, StepView? Current)> UpdateAsync(ClaimsPrincipal user, Guid goalId, Guid stepId, StepRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var (clean, refusal) = GoalValidation.Check(request, needsVersion: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        var step = await db.Set<GoalStep>().FirstOrDefaultAsync(s => s.Id == stepId && s.GoalId == goalId && s.PersonId == plan.PersonId);
        if (step is null)
        {
            return (PlanRules.StepNotFound, null);
        }
        if (step.Version != request!.Version)
        {
            return (InputRules.Conflict, StepView.From(step));
        }
        step.Text = clean!.Text;
        step.DueDate = clean.DueDate;
        step.Done = clean.Done;
        step.Version++;
        await db.TouchPlanAsync(plan.PersonId, Author.Of(user, clock.GetUtcNow()));
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<GoalStep>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == stepId);
            return (InputRules.Conflict, current is null ? null : StepView.From(current));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/goals/{goalId}/steps/{stepId}");
        return (StepView.From(step), null);
    }

    private async Task<Outcome<StepView>> AddAsync(ClaimsPrincipal user, PlanOpening plan, Guid goalId, StepRequest? request)
    {
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var (clean, refusal) = GoalValidation.Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var goal = await db.Set<Goal>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId && g.PersonId == plan.PersonId);
        if (goal is null || !goal.IsOwn)
        {
            return PlanRules.GoalNotFound;
        }
        var step = new GoalStep
        {
            Id = Guid.NewGuid(),
            PersonId = plan.PersonId,
            GoalId = goal.Id,
            Text = clean!.Text,
            DueDate = clean.DueDate,
            Done = clean.Done,
            WrittenBy = Author.Of(user, clock.GetUtcNow()),
            Version = 1,
        };
        db.Add(step);
        await db.TouchPlanAsync(plan.PersonId, step.WrittenBy);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/goals/{goal.Id}/steps/{step.Id}");
        return StepView.From(step);
    }
}
