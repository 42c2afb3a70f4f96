using System.Globalization;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Figures;

/// <summary>One quarter on the chart, in whole viewBox units (the markup never depends on the culture's decimal mark).</summary>
public sealed record PeerBar(int X, int Width, int? FteTop, int? PositionsY, int? TargetPositionsY, int? TargetFteY, string Label, bool Labelled);

public sealed record PeerGridLine(int Y, string Value);

public sealed record PeerChartModel(IReadOnlyList<PeerBar> Bars, IReadOnlyList<PeerGridLine> Grid, string PositionsLine, string TargetPositionsLine, string TargetFteLine)
{
    public int Baseline => PeerChart.Height - PeerChart.Bottom;
}

/// <summary>
/// Lays out the peer-worker figures: FTE as bars, positions as a line, and the targets (positions, FTE) as dashed
/// lines, on one scale from 0. Pure, so the placement can be tested; _PeerChart.cshtml only draws it.
/// </summary>
public static class PeerChart
{
    public const int Width = 640;
    public const int Height = 260;
    public const int Left = 40;
    public const int Right = 12;
    public const int Top = 14;
    public const int Bottom = 40;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;

    public static PeerChartModel Build(IReadOnlyList<TimelinePoint> points)
    {
        var highest = points.SelectMany(p => new[] { p.Positions, p.Fte, p.Target?.Positions, p.Target?.Fte })
            .Select(v => v is null ? 0 : Convert.ToDouble(v, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        var top = NiceTop(highest);
        int Y(double value) => Top + (int)Math.Round(PlotHeight * (1 - (value / top)));
        var slot = points.Count == 0 ? PlotWidth : PlotWidth / points.Count;
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 8.0));
        var bars = points.Select((p, i) => new PeerBar(
            Left + (i * slot), Math.Max(2, slot - 4),
            p.Fte is { } fte ? Y(fte) : null,
            p.Positions is { } count ? Y(count) : null,
            p.Target?.Positions is { } tp ? Y(tp) : null,
            p.Target?.Fte is { } tf ? Y(tf) : null,
            p.Quarter, (points.Count - 1 - i) % every == 0)).ToList();
        var step = top <= 5 ? 1 : top / 5;
        var grid = new List<PeerGridLine>();
        for (var v = 0; v <= top; v += step)
        {
            grid.Add(new PeerGridLine(Y(v), v.ToString(CultureInfo.InvariantCulture)));
        }
        return new(bars, grid,
            Line(bars, b => b.PositionsY, slot),
            Step(bars, b => b.TargetPositionsY, slot),
            Step(bars, b => b.TargetFteY, slot));
    }

    /// <summary>A round top for the axis, at least 1, so bars never touch the frame.</summary>
    public static int NiceTop(double highest)
    {
        var top = Math.Max(1, (int)Math.Ceiling(highest * 1.1));
        return top <= 5 ? top : (int)Math.Ceiling(top / 5.0) * 5;
    }

    private static string Line(List<PeerBar> bars, Func<PeerBar, int?> y, int slot) =>
        string.Join(' ', bars.Where(b => y(b) is not null).Select(b => $"{b.X + (slot / 2)},{y(b)}"));

    /// <summary>A target holds for a whole quarter, so it is drawn flat across each quarter it covers.</summary>
    private static string Step(List<PeerBar> bars, Func<PeerBar, int?> y, int slot) =>
        string.Join(' ', bars.Where(b => y(b) is not null).SelectMany(b => new[] { $"{b.X},{y(b)}", $"{b.X + slot},{y(b)}" }));
}
