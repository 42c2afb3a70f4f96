using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.Status;

/// <summary>Reads the one PlanActivity row per person that every plan write keeps up to date.</summary>
internal sealed class PlanStatusQuery(AppDbContext db, TimeProvider clock) : IPlanStatus
{
    public async Task<IReadOnlyDictionary<Guid, PlanStatus>> ForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default)
    {
        var result = personIds.Distinct().ToDictionary(id => id, _ => PlanStatus.Untouched);
        if (result.Count == 0)
        {
            return result;
        }
        var ids = result.Keys.ToList();
        var rows = await db.Set<PlanActivity>().AsNoTracking()
            .Where(a => ids.Contains(a.PersonId))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
        foreach (var row in rows)
        {
            result[row.PersonId] = new PlanStatus(row.LastChangedAt, row.LastChangedBy,
                ReviewDueRule.IsDue(today, hasActivity: true, row.LastMeetingOn, row.NextReviewOn));
        }
        return result;
    }
}
