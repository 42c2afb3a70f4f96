using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Modules.Feedback.Series;

namespace Skipper.Web.Modules.Feedback.Graph;

/// <summary>
/// Lays out one episode's feedback: outcome totals over session numbers (with the cut-off, the starting point and,
/// for staff, the reliable-change band and the expected band), and alliance totals with their signal line, on the
/// same session axis. Pure, so the placement is unit-tested; _FeedbackChart.cshtml only draws it.
/// </summary>
public static class FeedbackChart
{
    public const int Width = 400;
    public const int Left = 34;
    public const int Right = 16;
    public const int Top = 14;
    public const int Bottom = 42;
    public const int PlotWidth = Width - Left - Right;
    public const int OutcomeHeight = 240;
    public const int AllianceHeight = 150;

    /// <summary>The axis spans at least this many sessions, so one answer sits at the start of a path, not alone in the middle.</summary>
    public const int MinSessions = 4;

    /// <summary>Session numbers closer than this under the axis would overlap; some are then left out (never from the table).</summary>
    private const int LabelGap = 22;

    /// <summary>The room the cut-off's label takes from the left of the plot (about 40 characters of 12 units).</summary>
    public const int RuleLabelWidth = 260;

    /// <summary>Lays out the latest episode, or options.EpisodeNumber; an empty chart when there is none.</summary>
    public static FeedbackChartModel Build(FeedbackView view, FeedbackScales scales, FeedbackChartOptions? options = null)
    {
        options ??= FeedbackChartOptions.Person;
        var episode = options.EpisodeNumber is { } number
            ? view.Episodes.FirstOrDefault(e => e.Episode.Number == number)
            : view.Episodes.LastOrDefault();
        var sessions = episode?.Sessions ?? [];
        var span = Math.Max(MinSessions, sessions.Count == 0 ? 0 : sessions.Max(s => s.Number));
        int XFor(int session) => Left + (int)Math.Round((double)(session - 1) * PlotWidth / (span - 1));

        var rows = sessions.Select(s =>
        {
            var outcome = s.Forms.FirstOrDefault(f => f.Kind == InstrumentKind.Outcome);
            var alliance = s.Forms.FirstOrDefault(f => f.Kind == InstrumentKind.Alliance);
            return new ChartRow(s.Number, s.Date, outcome?.Total, alliance?.Total, outcome?.Expected, s.FromPaper);
        }).ToList();

        var outcomePanel = Panel(OutcomeHeight, scales.OutcomeMax, scales.CutOff, rows.Where(r => r.Outcome is not null).Select(r => (r.Session, r.Date, r.Outcome!.Value)), XFor);
        var alliancePanel = Panel(AllianceHeight, scales.AllianceMax, scales.AllianceSignalBelow, rows.Where(r => r.Alliance is not null).Select(r => (r.Session, r.Date, r.Alliance!.Value)), XFor);
        var start = outcomePanel.Dots.FirstOrDefault();

        ChartArea? reliable = null;
        if (options.ReliableBand && start is not null && scales.ReliableChange is { } change)
        {
            reliable = new ChartArea(start.X, Width - Right,
                YFor(Math.Min(scales.OutcomeMax, start.Total + change), scales.OutcomeMax, OutcomeHeight),
                YFor(Math.Max(0, start.Total - change), scales.OutcomeMax, OutcomeHeight));
        }
        var expected = options.ExpectedBand ? Expected(rows, scales.OutcomeMax, XFor) : null;
        var fallback = options.ExpectedBand && expected is null && start is not null;

        return new FeedbackChartModel(options, episode?.Episode.Number, outcomePanel, start, reliable, expected, fallback, alliancePanel,
            Ticks(span, sessions.Count == 0 ? 0 : sessions.Max(s => s.Number), XFor), rows,
            WordsKey(view, episode?.Episode.Number, outcomePanel.Dots, scales, options.ForStaff));
    }

    public static int YFor(double value, double max, int height)
    {
        var plot = height - Top - Bottom;
        var clamped = Math.Clamp(value, 0, max);
        return Top + (int)Math.Round((max - clamped) * plot / max);
    }

    private static ChartPanel Panel(int height, double max, double? line, IEnumerable<(int Session, DateOnly Date, double Total)> totals, Func<int, int> xFor)
    {
        var grid = Enumerable.Range(0, 5).Select(i => max * i / 4).Select(v => new ChartGridLine(v, YFor(v, max, height))).ToList();
        var dots = totals.Select(t => new ChartDot(t.Session, t.Date, t.Total, xFor(t.Session), YFor(t.Total, max, height))).ToList();
        ChartRule? rule = null;
        if (line is { } value && value > 0 && value <= max)
        {
            var y = YFor(value, max, height);
            rule = new ChartRule(value, y, dots.Any(d => d.X <= Left + RuleLabelWidth && d.Y > y - 20 && d.Y <= y));
        }
        return new ChartPanel(height, Top, height - Bottom, max, grid, dots, rule);
    }

    /// <summary>The stored band of each outcome answer: the median as a line, the area from the 25th percentile up to it shaded.</summary>
    private static ChartExpected? Expected(List<ChartRow> rows, double max, Func<int, int> xFor)
    {
        var points = rows.Where(r => r.Expected is not null).Select(r => (X: xFor(r.Session), r.Session, r.Date, r.Expected!)).ToList();
        if (points.Count == 0)
        {
            return null;
        }
        if (points.Count == 1)
        {
            // One session alone would make a band without width: draw it as a short piece around that session.
            var only = points[0];
            points = [only with { X = only.X - 6 }, only with { X = only.X + 6 }];
        }
        var median = points.Select(p => $"{p.X},{YFor(p.Item4.Median, max, OutcomeHeight)}").ToList();
        var low = points.Select(p => $"{p.X},{YFor(p.Item4.Low, max, OutcomeHeight)}").Reverse();
        var dots = rows.Where(r => r.Expected is not null)
            .Select(r => new ChartDot(r.Session, r.Date, r.Expected!.Median, xFor(r.Session), YFor(r.Expected.Median, max, OutcomeHeight))).ToList();
        return new ChartExpected(string.Join(' ', median), string.Join(' ', median.Concat(low)), dots);
    }

    private static List<ChartSessionTick> Ticks(int span, int last, Func<int, int> xFor)
    {
        var ticks = new List<ChartSessionTick>();
        for (var session = 1; session <= span; session++)
        {
            var x = xFor(session);
            if (ticks.Count == 0 || x - ticks[^1].X >= LabelGap)
            {
                ticks.Add(new ChartSessionTick(session, x));
            }
        }
        // The latest session is always labelled: it replaces a label it would overlap.
        if (last > 1 && ticks.All(t => t.Session != last))
        {
            var x = xFor(last);
            ticks.RemoveAll(t => Math.Abs(t.X - x) < LabelGap && t.Session != 1);
            ticks.Add(new ChartSessionTick(last, x));
            ticks.Sort((a, b) => a.Session.CompareTo(b.Session));
        }
        return ticks;
    }

    /// <summary>The plain words under the chart: how it has been since the start, in the person's or staff's voice.</summary>
    private static string WordsKey(FeedbackView view, int? episodeNumber, IReadOnlyList<ChartDot> outcome, FeedbackScales scales, bool forStaff)
    {
        var voice = forStaff ? ".Staff" : ".Person";
        if (outcome.Count == 0)
        {
            return "Feedback.Chart.Words.None" + voice;
        }
        if (outcome.Count == 1 || scales.ReliableChange is not { } threshold)
        {
            return "Feedback.Chart.Words.Start" + voice;
        }
        ChangeKind change;
        bool significant;
        if (view.Summary is { } summary && summary.EpisodeNumber == episodeNumber && summary.ReliableChange is { } reliable)
        {
            change = Enum.Parse<ChangeKind>(reliable, ignoreCase: true);
            significant = summary.ClinicallySignificant;
        }
        else
        {
            change = ChangeRules.ReliableChange(outcome[0].Total, outcome[^1].Total, threshold);
            significant = scales.CutOff is { } cut && ChangeRules.ClinicallySignificant(outcome[0].Total, outcome[^1].Total, cut, threshold);
        }
        return change switch
        {
            ChangeKind.Improved when significant => "Feedback.Chart.Words.Significant" + voice,
            ChangeKind.Improved => "Feedback.Chart.Words.Improved" + voice,
            ChangeKind.Deteriorated => "Feedback.Chart.Words.Heavier" + voice,
            _ => "Feedback.Chart.Words.Same" + voice,
        };
    }
}
