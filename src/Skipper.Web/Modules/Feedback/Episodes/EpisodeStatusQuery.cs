using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Episodes;

internal sealed class EpisodeStatusQuery(AppDbContext db) : IEpisodeStatus
{
    public async Task<EndedEpisode?> LatestEndedAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var latest = await db.Set<FeedbackEpisode>().AsNoTracking()
            .Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.Number)
            .Select(e => new { e.Id, e.Number, e.StartedOn, e.EndedOn })
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.EndedOn is { } ended ? new EndedEpisode(latest.Id, latest.Number, latest.StartedOn, ended) : null;
    }

    public async Task<DateTimeOffset?> FirstSessionAfterAsync(Guid personId, DateTimeOffset after, CancellationToken cancellationToken = default)
    {
        var day = DateOnly.FromDateTime(after.InNorway().DateTime);
        // A handful of the earliest days is enough: a session started live on a later day is always later than one on an earlier day.
        var sessions = await db.Set<FeedbackSession>().AsNoTracking()
            .Where(s => s.PersonId == personId && s.Date >= day)
            .OrderBy(s => s.Date)
            .Select(s => new { s.Date, s.StartedAt, s.FromPaper })
            .Take(20)
            .ToListAsync(cancellationToken);
        var held = sessions
            .Select(s => s.FromPaper ? Later(s.Date.StartInNorway(), after) : s.StartedAt)
            .Where(at => at >= after)
            .ToList();
        return held.Count == 0 ? null : held.Min();
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
