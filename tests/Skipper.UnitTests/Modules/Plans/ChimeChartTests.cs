using Skipper.Web.Modules.Plans.Chime;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;

namespace Skipper.UnitTests.Modules.Plans;

public sealed class ChimeChartTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_ratings_give_an_empty_chart_with_nothing_to_draw()
    {
        var chart = ChimeChart.Build([]);

        chart.IsEmpty.ShouldBeTrue();
        chart.Lines.ShouldBeEmpty();
        chart.Ticks.ShouldBeEmpty();
        chart.Rounds.ShouldBeEmpty();
    }

    [Fact]
    public void Scores_go_up_the_chart_and_rounds_go_across_by_time()
    {
        var chart = ChimeChart.Build(
        [
            new(ChimeElement.Hope, 1, Start),
            new(ChimeElement.Connectedness, 3, Start),
            new(ChimeElement.Hope, 5, Start.AddDays(30)),
            new(ChimeElement.Hope, 3, Start.AddDays(10)),
        ]);

        var bottom = ChimeChart.Height - ChimeChart.Bottom;
        var right = ChimeChart.Width - ChimeChart.Right;
        var hope = chart.Lines.Single(l => l.Element == ChimeElement.Hope);
        hope.Points.Select(p => (p.X, p.Y, p.Score)).ShouldBe(
        [
            (ChimeChart.Left, bottom, 1),
            (ChimeChart.Left + (ChimeChart.PlotWidth / 3), ChimeChart.Top + (ChimeChart.PlotHeight / 2), 3),
            (right, ChimeChart.Top, 5),
        ]);
        hope.Polyline.ShouldBe($"{ChimeChart.Left},{bottom} {ChimeChart.Left + (ChimeChart.PlotWidth / 3)},{ChimeChart.Top + (ChimeChart.PlotHeight / 2)} {right},{ChimeChart.Top}");
        chart.Lines.Single(l => l.Element == ChimeElement.Connectedness).Points.ShouldHaveSingleItem().Y.ShouldBe(ChimeChart.YFor(3));
        chart.Lines.Select(l => l.Element).ShouldBe([ChimeElement.Connectedness, ChimeElement.Hope]);
        chart.Rounds.Count.ShouldBe(3);
        chart.Rounds[0].Scores.ShouldBe(new Dictionary<ChimeElement, int> { [ChimeElement.Hope] = 1, [ChimeElement.Connectedness] = 3 }, ignoreOrder: true);
        chart.Grid.Select(g => g.Score).ShouldBe([1, 2, 3, 4, 5]);
        chart.Grid.Last().Y.ShouldBe(ChimeChart.Top);
    }

    [Fact]
    public void One_round_sits_in_the_middle_and_crowded_dates_keep_the_first_and_the_newest()
    {
        var single = ChimeChart.Build([new(ChimeElement.Meaning, 4, Start)]);
        single.Lines.ShouldHaveSingleItem().Points.ShouldHaveSingleItem().X.ShouldBe(ChimeChart.Left + (ChimeChart.PlotWidth / 2));
        single.Ticks.ShouldHaveSingleItem();

        var crowded = ChimeChart.Build([.. Enumerable.Range(0, 30).Select(day => new ChimeRatingView(ChimeElement.Hope, 3, Start.AddDays(day)))]);
        crowded.Ticks[0].At.ShouldBe(Start);
        crowded.Ticks[^1].At.ShouldBe(Start.AddDays(29));
        crowded.Ticks.Zip(crowded.Ticks.Skip(1)).ShouldAllBe(pair => pair.Second.X - pair.First.X >= 70);
        crowded.Rounds.Count.ShouldBe(30);
    }
}
