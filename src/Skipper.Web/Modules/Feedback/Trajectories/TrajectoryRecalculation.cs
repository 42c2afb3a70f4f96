using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Feedback.Trajectories;

/// <summary>
/// Keeps each municipality's expected trajectories: a new version whenever more episodes have finished, never a
/// change to an old one (answers store the version they were compared with).
/// </summary>
public sealed class TrajectoryRecalculation(AppDbContext db, ITenantContext tenant, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan LatestFor = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BandsFor = TimeSpan.FromHours(1);

    /// <summary>
    /// Computes the bands from the tenant's finished episodes and stores them as a new version when the number of
    /// finished episodes changed since the latest version. Returns the new version, or null when nothing changed.
    /// Runs outside a request, so it names the tenant itself.
    /// </summary>
    public async Task<int?> RecalculateAsync(Guid tenantId, string instrumentCode, CancellationToken ct)
    {
        var latest = await Trajectories(tenantId, instrumentCode)
            .OrderByDescending(t => t.Version)
            .Select(t => new { t.Version, t.EpisodeCount })
            .FirstOrDefaultAsync(ct);
        // Counted on the episodes (one indexed row each), not on the answers: the daily check stays cheap with
        // millions of answers, and the answers are read only when more episodes have finished.
        var episodeCount = await db.Set<FeedbackEpisode>().IgnoreQueryFilters()
            .CountAsync(e => e.TenantId == tenantId && e.EndedOn != null && e.OutcomeCount > 0, ct);
        if (episodeCount == (latest?.EpisodeCount ?? 0))
        {
            return null;
        }
        var finished = FinishedOutcomes(tenantId, instrumentCode);

        var rows = await finished.Select(r => new { r.EpisodeId, Session = r.SessionNumber!.Value, Total = r.Total!.Value }).ToListAsync(ct);
        var series = rows
            .GroupBy(r => r.EpisodeId)
            .Select(episode =>
            {
                var totals = episode.OrderBy(r => r.Session).Select(r => (r.Session, r.Total)).ToList();
                return new EpisodeSeries(totals[0].Total, totals);
            });
        var bands = TrajectoryBands.Compute(series);
        var version = (latest?.Version ?? 0) + 1;
        db.Set<ExpectedTrajectory>().Add(new ExpectedTrajectory
        {
            TenantId = tenantId,
            InstrumentCode = instrumentCode,
            Version = version,
            ComputedAt = clock.GetUtcNow(),
            EpisodeCount = episodeCount,
            BandsJson = bands.ToJson(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance stored this version first; its bands come from the same history.
            db.ChangeTracker.Clear();
            return null;
        }
        cache.Remove(LatestKey(tenantId, instrumentCode));
        return version;
    }

    /// <summary>The latest expected trajectory of the request's municipality for an instrument; null before the first.</summary>
    public async Task<(int Version, TrajectoryBands Bands)?> LatestAsync(string instrumentCode, CancellationToken ct = default)
    {
        if (tenant.TenantId is not { } tenantId)
        {
            return null;
        }
        var latest = await cache.GetOrCreateAsync(LatestKey(tenantId, instrumentCode), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = LatestFor;
            var version = await Trajectories(tenantId, instrumentCode).OrderByDescending(t => t.Version).Select(t => (int?)t.Version).FirstOrDefaultAsync(ct);
            return new LatestVersion(version);
        });
        if (latest?.Version is not { } current)
        {
            return null;
        }
        var bands = await cache.GetOrCreateAsync(("feedback-trajectory", tenantId, instrumentCode, current), async entry =>
        {
            entry.SlidingExpiration = BandsFor;
            var json = await Trajectories(tenantId, instrumentCode).Where(t => t.Version == current).Select(t => t.BandsJson).SingleAsync(ct);
            return TrajectoryBands.FromJson(json);
        });
        return (current, bands!);
    }

    private IQueryable<ExpectedTrajectory> Trajectories(Guid tenantId, string instrumentCode) =>
        db.Set<ExpectedTrajectory>().IgnoreQueryFilters().AsNoTracking().Where(t => t.TenantId == tenantId && t.InstrumentCode == instrumentCode);

    /// <summary>The outcome totals of the tenant's finished episodes.</summary>
    private IQueryable<FeedbackResponse> FinishedOutcomes(Guid tenantId, string instrumentCode)
    {
        var finished = db.Set<FeedbackEpisode>().IgnoreQueryFilters().Where(e => e.TenantId == tenantId && e.EndedOn != null);
        return db.Set<FeedbackResponse>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.Kind == InstrumentKind.Outcome && r.InstrumentCode == instrumentCode
                && r.Total != null && r.SessionNumber != null
                && finished.Any(e => e.Id == r.EpisodeId));
    }

    private static (string, Guid, string) LatestKey(Guid tenantId, string instrumentCode) => ("feedback-trajectory-latest", tenantId, instrumentCode);

    private sealed record LatestVersion(int? Version);
}
