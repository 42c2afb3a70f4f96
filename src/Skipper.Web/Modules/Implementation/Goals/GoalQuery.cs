using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Goals.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>A goal together with the place it belongs to, as the goal's own page needs them.</summary>
public sealed record OpenGoal(GoalView Goal, GoalPlace Place);

/// <summary>Reads goals with their history, for a place the user may open.</summary>
public sealed class GoalQuery(AppDbContext db, GoalPlaces places)
{
    public static readonly Refusal NotFound = Refusal.Of(RefusalKind.NotFound, "Implementation.Goals.Error.NotFound");

    public async Task<Outcome<GoalListView>> ListAsync(ClaimsPrincipal user, Guid? departmentId)
    {
        var place = await places.OpenAsync(user, departmentId);
        if (!place.Succeeded)
        {
            return place.Refusal;
        }
        var goals = await db.Set<RecoveryGoal>().AsNoTracking().Where(g => g.DepartmentId == departmentId)
            .OrderBy(g => g.CreatedAt).ToListAsync();
        var views = await WithHistoryAsync(goals);
        return new GoalListView(departmentId, place.Value.Name, place.Value.CanWrite, views);
    }

    /// <summary>One goal, wherever it is kept, when the user may open its place; 404 for a goal of another municipality.</summary>
    public async Task<Outcome<OpenGoal>> OpenAsync(ClaimsPrincipal user, Guid goalId)
    {
        var goal = await db.Set<RecoveryGoal>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId);
        if (goal is null)
        {
            return NotFound;
        }
        var place = await places.OpenAsync(user, goal.DepartmentId);
        if (!place.Succeeded)
        {
            return place.Refusal;
        }
        return new OpenGoal((await WithHistoryAsync([goal]))[0], place.Value);
    }

    public async Task<GoalView?> FindAsync(Guid goalId)
    {
        var goal = await db.Set<RecoveryGoal>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId);
        return goal is null ? null : (await WithHistoryAsync([goal]))[0];
    }

    private async Task<List<GoalView>> WithHistoryAsync(List<RecoveryGoal> goals)
    {
        var ids = goals.Select(g => g.Id).ToList();
        var entries = (await db.Set<RecoveryGoalEntry>().AsNoTracking().Where(e => ids.Contains(e.GoalId)).ToListAsync())
            .ToLookup(e => e.GoalId);
        return goals.Select(g => GoalView.From(g, entries[g.Id])).ToList();
    }
}
