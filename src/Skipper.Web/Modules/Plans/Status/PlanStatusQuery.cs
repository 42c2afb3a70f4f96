using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.Status;

/// <summary>Reads the one PlanActivity row per person that every plan write keeps up to date.</summary>
internal sealed class PlanStatusQuery(AppDbContext db, TimeProvider clock) : IPlanStatus
{
    // Compiled: it runs on every view of every caseload.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid[], IAsyncEnumerable<PlanActivity>>> Activities = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid[] ids) => db.Set<PlanActivity>().AsNoTracking().Where(a => ids.Contains(a.PersonId))));

    public async Task<IReadOnlyDictionary<Guid, PlanStatus>> ForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default)
    {
        var result = personIds.Distinct().ToDictionary(id => id, _ => PlanStatus.Untouched);
        if (result.Count == 0)
        {
            return result;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
        await foreach (var row in Activities.For(db)(db, [.. result.Keys]).WithCancellation(cancellationToken))
        {
            result[row.PersonId] = new PlanStatus(row.LastChangedAt, row.LastChangedBy,
                ReviewDueRule.IsDue(today, hasActivity: true, row.LastMeetingOn, row.NextReviewOn));
        }
        return result;
    }
}
