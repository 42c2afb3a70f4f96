using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Goals.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Implementation.Goals.StatusTable;

public sealed record StatusRow(Guid Id, string Title, GoalStatus Status, string Owner, DateOnly? DueOn, string Comment, DateTimeOffset UpdatedAt);

/// <summary>The goals of one place: departmentId null for the section's own goals.</summary>
public sealed record StatusGroup(Guid? DepartmentId, string Name, IReadOnlyList<StatusRow> Goals);

public sealed record StatusTableView(IReadOnlyList<StatusGroup> Groups);

/// <summary>
/// The section-wide status table (seeds/002): every goal of the municipality, the section's own first, then each
/// department by name, each group in the order its goals were made. Everyone in recovery work reads it whole.
/// </summary>
public sealed class StatusTableQuery(AppDbContext db, GoalPlaces places)
{
    public async Task<StatusTableView> ReadAsync()
    {
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync();
        var goals = (await db.Set<RecoveryGoal>().AsNoTracking().OrderBy(g => g.CreatedAt).ToListAsync()).ToLookup(g => g.DepartmentId);
        List<StatusGroup> groups = [Group(null, places.SectionName, goals[null])];
        groups.AddRange(departments.Select(d => Group(d.Id, d.Name, goals[d.Id])));
        return new StatusTableView(groups);
    }

    private static StatusGroup Group(Guid? departmentId, string name, IEnumerable<RecoveryGoal> goals) =>
        new(departmentId, name, goals.Select(g => new StatusRow(g.Id, g.Title, g.Status, g.Owner, g.DueOn, g.Comment, g.UpdatedAt)).ToList());
}
