using System.Text.Json;

namespace Skipper.Web.Modules.Feedback.Scoring;

/// <summary>What staff saw as expected at one session: the median and the 25th percentile, and the history version.</summary>
public sealed record ExpectedBand(int Version, double Median, double Low);

/// <summary>One finished episode's outcome totals by session number (the intake is the first).</summary>
public sealed record EpisodeSeries(double Intake, IReadOnlyList<(int Session, double Total)> Totals);

/// <summary>
/// Expected trajectories from a municipality's own history: for each whole intake score k, the finished episodes
/// with an intake within k ± 1 give the median and the 25th percentile of the total at each session number, once
/// there are enough of them. Without a band the fallback rule applies (ChangeRules.NoReliableImprovementBy).
/// </summary>
public sealed class TrajectoryBands
{
    private const double Window = 1;
    private readonly Dictionary<int, BandAtIntake> bands;

    private TrajectoryBands(int episodeCount, Dictionary<int, BandAtIntake> bands)
    {
        EpisodeCount = episodeCount;
        this.bands = bands;
    }

    /// <summary>Finished episodes the history held.</summary>
    public int EpisodeCount { get; }

    /// <summary>The whole intake scores that have a band.</summary>
    public IReadOnlyCollection<int> Intakes => bands.Keys;

    public static TrajectoryBands Compute(IEnumerable<EpisodeSeries> finishedEpisodes, int minimumEpisodes = 30, int scaleMin = 0, int scaleMax = 40)
    {
        var episodes = finishedEpisodes.ToList();
        var bands = new Dictionary<int, BandAtIntake>();
        for (var k = scaleMin; k <= scaleMax; k++)
        {
            var similar = episodes.Where(e => ScoreMath.Difference(k, e.Intake) is >= -Window and <= Window).ToList();
            if (similar.Count == 0 || similar.Count < minimumEpisodes)
            {
                continue;
            }
            var sessions = similar
                .SelectMany(e => LastPerSession(e.Totals))
                .GroupBy(t => t.Session)
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var totals = g.Select(t => t.Total).ToList();
                    return new BandAtSession(g.Key, ScoreMath.Clean(ChangeRules.Percentile(totals, 0.5)), ScoreMath.Clean(ChangeRules.Percentile(totals, 0.25)), totals.Count);
                })
                .ToList();
            bands[k] = new BandAtIntake(k, similar.Count, sessions);
        }
        return new TrajectoryBands(episodes.Count, bands);
    }

    /// <summary>The band at a session for an intake (rounded to the nearest whole score); null = use the fallback rule.</summary>
    public ExpectedBand? At(int version, double intake, int sessionNumber)
    {
        if (!double.IsFinite(intake))
        {
            return null;
        }
        var k = (int)Math.Round(intake, MidpointRounding.AwayFromZero);
        return bands.TryGetValue(k, out var band) && band.Sessions.FirstOrDefault(s => s.Session == sessionNumber) is { } at
            ? new ExpectedBand(version, at.Median, at.Low)
            : null;
    }

    public string ToJson() => JsonSerializer.Serialize(new Stored(EpisodeCount, [.. bands.Values.OrderBy(b => b.Intake)]), JsonOptions);

    public static TrajectoryBands FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, JsonOptions) ?? throw new JsonException("Empty trajectory.");
        return new TrajectoryBands(stored.EpisodeCount, (stored.Bands ?? []).ToDictionary(b => b.Intake));
    }

    /// <summary>An episode has one outcome form per session; should a session hold two, the later one counts.</summary>
    private static IEnumerable<(int Session, double Total)> LastPerSession(IReadOnlyList<(int Session, double Total)> totals) =>
        totals.GroupBy(t => t.Session).Select(g => g.Last());

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Stored(int EpisodeCount, List<BandAtIntake>? Bands);

    private sealed record BandAtIntake(int Intake, int Episodes, List<BandAtSession> Sessions);

    private sealed record BandAtSession(int Session, double Median, double Low, int Episodes);
}
