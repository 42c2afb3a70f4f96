using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;

namespace Skipper.Web.Modules.Feedback.Graph;

/// <summary>
/// What to draw. The person sees their answers, the cut-off and their starting point; staff may add the
/// reliable-change band from intake and the expected band. IdPrefix keeps element ids unique when a page shows
/// more than one chart.
/// </summary>
public sealed record FeedbackChartOptions(bool ForStaff = false, bool ReliableBand = false, bool ExpectedBand = false, int? EpisodeNumber = null, string IdPrefix = "feedback")
{
    public static FeedbackChartOptions Person { get; } = new();

    public static FeedbackChartOptions Staff { get; } = new(ForStaff: true, ReliableBand: true, ExpectedBand: true);
}

/// <summary>The numbers of the two scales the chart needs, read from the current instrument definitions.</summary>
public sealed record FeedbackScales(double OutcomeMax, double? CutOff, double? ReliableChange, double AllianceMax, double? AllianceSignalBelow)
{
    /// <summary>The shipped scales: outcome 0–40 with cut-off 25 and reliable change 5, alliance 0–40 with its line at 36.</summary>
    public static FeedbackScales Default { get; } = new(40, 25, 5, 40, 36);

    public static FeedbackScales From(IReadOnlyList<InstrumentDefinition> instruments)
    {
        var outcome = instruments.FirstOrDefault(i => i.Kind == InstrumentKind.Outcome);
        var alliance = instruments.FirstOrDefault(i => i.Kind == InstrumentKind.Alliance);
        return new(
            outcome?.Total?.Max ?? Default.OutcomeMax, outcome is null ? Default.CutOff : outcome.CutOff,
            outcome is null ? Default.ReliableChange : outcome.ReliableChange,
            alliance?.Total?.Max ?? Default.AllianceMax, alliance is null ? Default.AllianceSignalBelow : alliance.SignalBelow);
    }
}

/// <summary>One total placed on a panel, in whole viewBox units (the markup never depends on the culture's decimal mark).</summary>
public sealed record ChartDot(int Session, DateOnly Date, double Total, int X, int Y);

/// <summary>A value on the left axis and its height.</summary>
public sealed record ChartGridLine(double Value, int Y);

/// <summary>A session number under the axis.</summary>
public sealed record ChartSessionTick(int Session, int X);

/// <summary>A horizontal line across the plot (the cut-off, the alliance threshold); its label goes below it when dots sit where it would be above.</summary>
public sealed record ChartRule(double Value, int Y, bool LabelBelow = false);

/// <summary>A shaded area between two heights, from X1 to X2 (the reliable-change band from intake).</summary>
public sealed record ChartArea(int X1, int X2, int Top, int Bottom);

/// <summary>One scale's panel: its height, grid, dots and the line across it.</summary>
public sealed record ChartPanel(int Height, int PlotTop, int PlotBottom, double Max, IReadOnlyList<ChartGridLine> Grid, IReadOnlyList<ChartDot> Dots, ChartRule? Rule)
{
    public string Polyline => string.Join(' ', Dots.Select(d => $"{d.X},{d.Y}"));

    public bool IsEmpty => Dots.Count == 0;
}

/// <summary>The expected band: the median line and the shaded area from the 25th percentile up to it.</summary>
public sealed record ChartExpected(string Median, string Band, IReadOnlyList<ChartDot> MedianDots);

/// <summary>One session in the table under the chart (the same numbers as the chart, with dates).</summary>
public sealed record ChartRow(int Session, DateOnly Date, double? Outcome, double? Alliance, ExpectedView? Expected, bool FromPaper);

/// <summary>Everything _FeedbackChart.cshtml draws: outcome and alliance panels on one session axis, the table and the words.</summary>
public sealed record FeedbackChartModel(
    FeedbackChartOptions Options,
    int? EpisodeNumber,
    ChartPanel Outcome,
    ChartDot? Start,
    ChartArea? ReliableBand,
    ChartExpected? Expected,
    bool ExpectedFallback,
    ChartPanel Alliance,
    IReadOnlyList<ChartSessionTick> Ticks,
    IReadOnlyList<ChartRow> Rows,
    string WordsKey)
{
    public bool IsEmpty => Outcome.IsEmpty && Alliance.IsEmpty;

    public string Id(string part) => $"{Options.IdPrefix}-{part}";
}
