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

/// <summary>The person writes and changes their own goals; staff never change them (they suggest, see Proposals).</summary>
public sealed class GoalCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<Outcome<GoalView>> AddAsync(ClaimsPrincipal user, GoalRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var (clean, refusal) = GoalValidation.Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var goal = clean!.ToGoal(plan.PersonId, GoalOrigin.Own, clean.Status ?? GoalStatus.NotStarted, Author.Of(user, clock.GetUtcNow()));
        db.Add(goal);
        await db.TouchPlanAsync(plan.PersonId, goal.WrittenBy);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/goals/{goal.Id}");
        return GoalView.From(goal, []);
    }

    /// <summary>Title, description, who helps and status, from the version the person started from.</summary>
    public async Task<(Outcome<GoalView> Outcome, GoalView? Current)> UpdateAsync(ClaimsPrincipal user, Guid goalId, GoalRequest? request)
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
        var goal = await db.Set<Goal>().FirstOrDefaultAsync(g => g.Id == goalId && g.PersonId == plan.PersonId && g.Origin != GoalOrigin.Declined);
        if (goal is null || !goal.IsOwn)
        {
            return (PlanRules.GoalNotFound, null);
        }
        if (goal.Version != request!.Version)
        {
            return (InputRules.Conflict, await CurrentAsync(goalId));
        }
        goal.Title = clean!.Title;
        goal.Description = clean.Description;
        goal.WhoHelps = clean.WhoHelps;
        goal.Status = clean.Status ?? goal.Status;
        goal.Version++;
        await db.TouchPlanAsync(plan.PersonId, Author.Of(user, clock.GetUtcNow()));
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, await CurrentAsync(goalId));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/goals/{goal.Id}");
        return (await CurrentAsync(goalId) ?? GoalView.From(goal, []), null);
    }

    internal async Task<GoalView?> CurrentAsync(Guid goalId)
    {
        var goal = await db.Set<Goal>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId);
        if (goal is null)
        {
            return null;
        }
        var steps = await db.Set<GoalStep>().AsNoTracking().Where(s => s.GoalId == goalId).ToListAsync();
        return GoalView.From(goal, steps);
    }
}
