using System.Globalization;

namespace Skipper.Web.Modules.Dashboards.Figures;

/// <summary>A point on the chart; <paramref name="Hidden"/> points and points without a value are drawn as gaps.</summary>
public sealed record ChartPoint(int X, int? Y, double? Value, bool Hidden, string Label);

/// <summary>A horizontal line of the grid with its value.</summary>
public sealed record ChartTick(double Value, int Y);

/// <summary>Where a figure's series is drawn: the grid, the broken line (one polyline per unbroken run), the points and the target.</summary>
public sealed record ChartLayout(
    IReadOnlyList<ChartTick> Ticks,
    IReadOnlyList<string> Lines,
    IReadOnlyList<ChartPoint> Points,
    IReadOnlyList<ChartPoint> Labels,
    ChartTick? Target,
    int ZeroY)
{
    public bool AnyHidden => Points.Any(p => p.Hidden);
}

/// <summary>Lays out a figure's series over the periods; pure, so the placement is unit-tested. _SeriesChart.cshtml draws it.</summary>
public static class SeriesChart
{
    public const int Width = 400;
    public const int Height = 190;
    public const int Left = 54;
    public const int Right = 14;
    public const int Top = 12;
    public const int Bottom = 34;
    public const int PlotWidth = Width - Left - Right;
    public const int PlotBottom = Height - Bottom;

    /// <summary>Period labels closer than this would overlap; some are then left out (never from the table).</summary>
    private const int LabelGap = 44;

    public static ChartLayout Build(FigureView figure, Func<DateOnly, string> label)
    {
        var values = figure.Series.Select(p => p.IsHidden ? null : p.Value).ToList();
        var target = figure.Target?.Value;
        var (low, high) = Scale(figure.Unit, values.OfType<double>().Append(target ?? 0).ToList());
        int YFor(double value) => Top + (int)Math.Round((high - Math.Clamp(value, low, high)) * (PlotBottom - Top) / (high - low));
        var count = figure.Series.Count;
        int XFor(int i) => count <= 1 ? Left + (PlotWidth / 2) : Left + (int)Math.Round((double)i * PlotWidth / (count - 1));

        var points = figure.Series.Select((p, i) => new ChartPoint(XFor(i), values[i] is { } v ? YFor(v) : null, values[i], p.IsHidden, label(p.Period))).ToList();
        var lines = new List<string>();
        var run = new List<ChartPoint>();
        foreach (var point in points.Append(null))
        {
            if (point?.Y is not null)
            {
                run.Add(point);
                continue;
            }
            if (run.Count > 1)
            {
                lines.Add(string.Join(' ', run.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.X},{r.Y}"))));
            }
            run.Clear();
        }
        var ticks = Enumerable.Range(0, 5).Select(i => low + ((high - low) * i / 4)).Select(v => new ChartTick(v, YFor(v))).ToList();
        var labels = new List<ChartPoint>();
        foreach (var point in points)
        {
            if (labels.Count == 0 || point.X - labels[^1].X >= LabelGap)
            {
                labels.Add(point);
            }
        }
        return new ChartLayout(ticks, lines, points, labels, target is { } t ? new ChartTick(t, YFor(t)) : null, YFor(Math.Clamp(0, low, high)));
    }

    /// <summary>The axis: 0–100 for shares and scores, from 0 to a round number above the largest value otherwise; effect sizes may go below 0.</summary>
    public static (double Low, double High) Scale(FigureUnit unit, IReadOnlyList<double> values)
    {
        if (unit is FigureUnit.Percent or FigureUnit.Score)
        {
            return (0, 100);
        }
        var max = values.Count == 0 ? 0 : values.Max();
        var min = values.Count == 0 ? 0 : values.Min();
        if (unit == FigureUnit.EffectSize)
        {
            return (Math.Min(0, Math.Floor(min * 2) / 2), Math.Max(1, Math.Ceiling(max * 2) / 2));
        }
        return (0, RoundUp(Math.Max(max, 4)));
    }

    /// <summary>The next of 1, 2, 4 or 8 times a power of ten at or above the value (four grid steps of round numbers).</summary>
    private static double RoundUp(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 4, 8, 10 }.Select(step => step * power).First(top => top >= value);
    }
}
