using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;

namespace Skipper.Web.Modules.Plans.Chime;

/// <summary>One rating placed on the chart, in whole viewBox units (so the markup never depends on the culture's decimal mark).</summary>
public sealed record ChartPoint(int X, int Y, int Score, DateTimeOffset At);

/// <summary>One element's ratings over time, oldest first.</summary>
public sealed record ChartLine(ChimeElement Element, IReadOnlyList<ChartPoint> Points)
{
    public string Polyline => string.Join(' ', Points.Select(p => $"{p.X},{p.Y}"));
}

/// <summary>A date under the time axis.</summary>
public sealed record ChartTick(int X, DateTimeOffset At);

/// <summary>One rating round (one shared time) with the scores given then, for the table beside the chart.</summary>
public sealed record ChartRound(DateTimeOffset At, IReadOnlyDictionary<ChimeElement, int> Scores);

/// <summary>Everything the SVG needs: lines per element, the 1–5 grid, the dates, and the same numbers as a table.</summary>
public sealed record ChimeChartModel(IReadOnlyList<ChartLine> Lines, IReadOnlyList<ChartTick> Ticks, IReadOnlyList<ChartRound> Rounds)
{
    public bool IsEmpty => Rounds.Count == 0;

    public IEnumerable<(int Score, int Y)> Grid =>
        Enumerable.Range(ChimeCommands.MinScore, ChimeCommands.MaxScore - ChimeCommands.MinScore + 1).Select(s => (s, ChimeChart.YFor(s)));
}

/// <summary>
/// Lays out the CHIME self-ratings as a line chart: time across (spaced by real time, so a long gap looks long),
/// score 1–5 up. Pure, so the placement is unit-tested; the partial _ChimeChart.cshtml only draws it.
/// </summary>
public static class ChimeChart
{
    public const int Width = 400;
    public const int Height = 230;
    public const int Left = 34;
    public const int Right = 30;
    public const int Top = 14;
    public const int Bottom = 40;
    public const int PlotWidth = Width - Left - Right;
    public const int PlotHeight = Height - Top - Bottom;

    /// <summary>Dates closer than this would overlap, so some are left out under the axis (never from the table).</summary>
    private const int LabelGap = 70;

    public static int YFor(int score) =>
        Top + (int)Math.Round((double)(ChimeCommands.MaxScore - score) * PlotHeight / (ChimeCommands.MaxScore - ChimeCommands.MinScore));

    public static ChimeChartModel Build(IReadOnlyList<ChimeRatingView> ratings)
    {
        var rounds = ratings
            .GroupBy(r => r.RatedAt)
            .OrderBy(g => g.Key)
            .Select(g => new ChartRound(g.Key, g.GroupBy(r => r.Element).ToDictionary(e => e.Key, e => e.Last().Score)))
            .ToList();
        if (rounds.Count == 0)
        {
            return new([], [], []);
        }
        var first = rounds[0].At;
        var span = (rounds[^1].At - first).TotalSeconds;
        int XFor(DateTimeOffset at) => span <= 0
            ? Left + (PlotWidth / 2)
            : Left + (int)Math.Round((at - first).TotalSeconds / span * PlotWidth);

        var lines = Enum.GetValues<ChimeElement>()
            .Select(element => new ChartLine(element, rounds
                .Where(r => r.Scores.ContainsKey(element))
                .Select(r => new ChartPoint(XFor(r.At), YFor(r.Scores[element]), r.Scores[element], r.At))
                .ToList()))
            .Where(line => line.Points.Count > 0)
            .ToList();

        var ticks = new List<ChartTick>();
        foreach (var round in rounds)
        {
            var x = XFor(round.At);
            if (ticks.Count == 0 || x - ticks[^1].X >= LabelGap)
            {
                ticks.Add(new ChartTick(x, round.At));
            }
        }
        // The newest date is labelled too (unless it sits right beside the first): it replaces a label it would overlap.
        var newest = new ChartTick(XFor(rounds[^1].At), rounds[^1].At);
        if (ticks.Count > 1 && ticks[^1] != newest)
        {
            ticks[^1] = newest;
        }
        return new(lines, ticks, rounds);
    }
}
