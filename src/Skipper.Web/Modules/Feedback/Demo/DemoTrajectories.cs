using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Demo;

/// <summary>A finished demo episode as the recalculation reads it: when it ended, and its outcome totals by session.</summary>
internal sealed record FinishedSeries(DateOnly EndedOn, EpisodeSeries Series);

/// <summary>
/// The expected trajectories the recalculation would have stored while the demo population's history grew, each
/// version from the episodes that had ended before it; an answer gets the band of the latest version stored before
/// it. The real service runs daily; the demo recalculates at the start of each month and once now, which keeps the
/// versions few while every stored band still comes from the past only.
/// </summary>
internal sealed class DemoTrajectories
{
    private readonly List<(DateTimeOffset At, int Version, TrajectoryBands Bands)> versions;

    private DemoTrajectories(List<(DateTimeOffset, int, TrajectoryBands)> versions) => this.versions = versions;

    public static DemoTrajectories None { get; } = new([]);

    /// <summary>The rows to store, oldest first.</summary>
    public List<ExpectedTrajectory> Rows { get; } = [];

    public static DemoTrajectories Recalculate(Guid tenantId, string instrumentCode, IReadOnlyList<FinishedSeries> finished, DateTimeOffset now)
    {
        var trajectories = new DemoTrajectories([]);
        if (finished.Count == 0)
        {
            return trajectories;
        }
        var first = finished.Min(f => f.EndedOn);
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var points = new List<(DateTimeOffset At, DateOnly Before)>();
        for (var month = new DateOnly(first.Year, first.Month, 1).AddMonths(1); month <= today; month = month.AddMonths(1))
        {
            points.Add((month.StartInNorway().AddHours(3), month));
        }
        points.Add((now, today.AddDays(1)));
        var counted = 0;
        foreach (var (at, before) in points)
        {
            var ended = finished.Where(f => f.EndedOn < before).Select(f => f.Series).ToList();
            if (ended.Count == counted)
            {
                continue;
            }
            counted = ended.Count;
            var bands = TrajectoryBands.Compute(ended);
            var version = trajectories.versions.Count + 1;
            trajectories.versions.Add((at, version, bands));
            trajectories.Rows.Add(new ExpectedTrajectory
            {
                TenantId = tenantId,
                InstrumentCode = instrumentCode,
                Version = version,
                ComputedAt = at,
                EpisodeCount = ended.Count,
                BandsJson = bands.ToJson(),
            });
        }
        return trajectories;
    }

    /// <summary>The band staff saw for an answer stored at <paramref name="storedAt"/>; null before the first version or without a band.</summary>
    public ExpectedBand? At(DateTimeOffset storedAt, double intake, int session)
    {
        for (var i = versions.Count - 1; i >= 0; i--)
        {
            if (versions[i].At <= storedAt)
            {
                return versions[i].Bands.At(versions[i].Version, intake, session);
            }
        }
        return null;
    }
}
