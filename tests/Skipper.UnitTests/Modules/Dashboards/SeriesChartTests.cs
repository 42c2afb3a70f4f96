using Skipper.Web.Modules.Dashboards.Figures;

namespace Skipper.UnitTests.Modules.Dashboards;

public sealed class SeriesChartTests
{
    private static FigureView Series(FigureUnit unit, params (double? Value, string? Hidden)[] points) =>
        new("f", "g", unit, new FigureValue(null, null, null, null),
            points.Select((p, i) => new FigurePoint(new DateOnly(2025, i + 1, 1), p.Value, null, null, p.Hidden)).ToList(), null);

    [Fact]
    public void A_hidden_point_breaks_the_line_and_is_marked()
    {
        var chart = SeriesChart.Build(Series(FigureUnit.Percent, (10, null), (null, "fewer-than-5"), (30, null), (40, null)), d => d.ToString("MM"));

        chart.Lines.Count.ShouldBe(1);
        chart.Lines[0].Split(' ').Length.ShouldBe(2);
        chart.Points.Count(p => p.Hidden).ShouldBe(1);
        chart.Points[1].Y.ShouldBeNull();
        chart.AnyHidden.ShouldBeTrue();
    }

    [Fact]
    public void Shares_are_drawn_from_0_to_100_percent()
    {
        var chart = SeriesChart.Build(Series(FigureUnit.Percent, (0, null), (100, null)), d => "");

        chart.Points[0].Y.ShouldBe(SeriesChart.PlotBottom);
        chart.Points[1].Y.ShouldBe(SeriesChart.Top);
        chart.Points[0].X.ShouldBe(SeriesChart.Left);
        chart.Points[1].X.ShouldBe(SeriesChart.Width - SeriesChart.Right);
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(6, 8)]
    [InlineData(12, 20)]
    [InlineData(45, 80)]
    public void Counts_get_a_round_top_with_four_grid_steps(double largest, double top)
    {
        SeriesChart.Scale(FigureUnit.Count, [1, largest]).ShouldBe((0, top));
    }

    [Fact]
    public void An_effect_size_below_zero_gets_room_below_the_axis()
    {
        SeriesChart.Scale(FigureUnit.EffectSize, [-0.3, 0.8]).ShouldBe((-0.5, 1));
    }
}
