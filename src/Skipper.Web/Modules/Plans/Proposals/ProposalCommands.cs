using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.Goals;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Proposals;

/// <summary>The person's answer to a suggestion: accept, accept in their own words (title and description), or decline.</summary>
public sealed record AnswerRequest(string? Title, string? Description, int? Version);

/// <summary>
/// Staff suggest goals; only the person's answer makes a suggestion their goal. A declined suggestion stays
/// stored (staff cannot delete) but is no longer shown as part of the plan.
/// </summary>
public sealed class ProposalCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<Outcome<GoalView>> ProposeAsync(ClaimsPrincipal user, Guid personId, GoalRequest? request)
    {
        var plan = await door.OpenAsync(user, personId, PersonOperation.Write);
        if (!plan.IsOpen || plan.IsSelf)
        {
            return PlanRules.PlanNotFound;
        }
        var (clean, refusal) = GoalValidation.Check(request is null ? null : request with { Status = null }, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var goal = clean!.ToGoal(plan.PersonId, GoalOrigin.Proposed, GoalStatus.NotStarted, Author.Of(user, clock.GetUtcNow()));
        db.Add(goal);
        await db.TouchPlanAsync(plan.PersonId, goal.WrittenBy);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/goals/{goal.Id}");
        return GoalView.From(goal, []);
    }

    public async Task<Outcome<GoalView>> AnswerAsync(ClaimsPrincipal user, Guid goalId, bool accept, AnswerRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var goal = await db.Set<Goal>().FirstOrDefaultAsync(g => g.Id == goalId && g.PersonId == plan.PersonId && g.Origin == GoalOrigin.Proposed);
        if (goal is null)
        {
            return PlanRules.GoalNotFound;
        }
        var title = InputRules.Clean(request?.Title);
        var description = InputRules.Clean(request?.Description);
        var errors = new List<FieldError>();
        InputRules.AtMost(errors, "title", title, PlanLimits.Title);
        InputRules.AtMost(errors, "description", description, PlanLimits.LongText);
        if (errors.Count > 0)
        {
            return InputRules.Invalid(errors);
        }
        if (request?.Version is { } version && version != goal.Version)
        {
            return InputRules.Conflict;
        }
        var rewritten = accept && ((title.Length > 0 && title != goal.Title) || (description.Length > 0 && description != goal.Description));
        goal.Origin = !accept ? GoalOrigin.Declined : rewritten ? GoalOrigin.Rewritten : GoalOrigin.Accepted;
        goal.Title = rewritten && title.Length > 0 ? title : goal.Title;
        goal.Description = rewritten && description.Length > 0 ? description : goal.Description;
        goal.AnsweredAt = clock.GetUtcNow();
        goal.Version++;
        await db.TouchPlanAsync(plan.PersonId, Author.Of(user, goal.AnsweredAt.Value));
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/goals/{goal.Id}");
        return GoalView.From(goal, []);
    }
}
