using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Goals.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>
/// Adds and changes recovery goals. Making a goal, and every change of its status or comment, writes a line in its
/// history with who and when; a change from an older version is refused with 409 and nothing is overwritten.
/// </summary>
public sealed class GoalCommands(AppDbContext db, GoalPlaces places, GoalQuery query, TimeProvider clock)
{
    /// <summary>departmentId null: a goal of the section as a whole.</summary>
    public async Task<Outcome<GoalView>> AddAsync(ClaimsPrincipal user, Guid? departmentId, GoalRequest? request)
    {
        var place = await places.OpenForWriteAsync(user, departmentId);
        if (!place.Succeeded)
        {
            return place.Refusal;
        }
        var (clean, refusal) = GoalRules.Check(request, isNew: true);
        if (refusal is not null)
        {
            return refusal;
        }
        var now = clock.GetUtcNow();
        var goal = new RecoveryGoal { Id = Guid.NewGuid(), DepartmentId = departmentId, CreatedAt = now };
        var entry = Apply(goal, clean, user, now, isNew: true)!;
        db.Add(goal);
        db.Add(entry);
        await db.SaveChangesAsync();
        return GoalView.From(goal, [entry]);
    }

    /// <summary>departmentId is the place named in the address (null for the section); the goal must be kept there.</summary>
    public async Task<(Outcome<GoalView> Outcome, GoalView? Current)> UpdateAsync(ClaimsPrincipal user, Guid? departmentId, Guid goalId, GoalRequest? request)
    {
        var place = await places.OpenForWriteAsync(user, departmentId);
        if (!place.Succeeded)
        {
            return (place.Refusal, null);
        }
        var goal = await db.Set<RecoveryGoal>().FirstOrDefaultAsync(g => g.Id == goalId && g.DepartmentId == departmentId);
        if (goal is null)
        {
            return (GoalQuery.NotFound, null);
        }
        var (clean, refusal) = GoalRules.Check(request, isNew: false);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        if (goal.Version != clean.Version)
        {
            return (InputRules.Conflict, await query.FindAsync(goalId));
        }
        if (Apply(goal, clean, user, clock.GetUtcNow(), isNew: false) is { } entry)
        {
            db.Add(entry);
        }
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, await query.FindAsync(goalId));
        }
        return ((await query.FindAsync(goalId))!, null);
    }

    /// <summary>Sets the goal from the request, and returns the history line when the status or comment changed (or the goal is new).</summary>
    private static RecoveryGoalEntry? Apply(RecoveryGoal goal, CleanGoal clean, ClaimsPrincipal user, DateTimeOffset now, bool isNew)
    {
        var minuted = isNew || goal.Status != clean.Status || goal.Comment != clean.Comment;
        var entry = minuted
            ? new RecoveryGoalEntry
            {
                Id = Guid.NewGuid(),
                GoalId = goal.Id,
                At = now,
                ByUserId = user.UserId(),
                ByName = user.DisplayNameOf(),
                OldStatus = isNew ? null : goal.Status,
                NewStatus = clean.Status,
                Comment = clean.Comment,
            }
            : null;
        goal.Title = clean.Title;
        goal.Description = clean.Description;
        goal.Owner = clean.Owner;
        goal.DueOn = clean.DueOn;
        goal.Status = clean.Status;
        goal.Comment = clean.Comment;
        goal.UpdatedAt = now;
        goal.UpdatedByName = user.DisplayNameOf();
        goal.Version++;
        return entry;
    }
}
