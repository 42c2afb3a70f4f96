using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Modules.Feedback.Graph;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Series;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class FeedbackChartTests
{
    private static readonly DateOnly Day = new(2026, 10, 1);

    private static ResponseStored Form(InstrumentKind kind, int session, double total, ExpectedView? expected = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), session, kind.ToString().ToLowerInvariant(), kind, Day.AddDays(7 * (session - 1)), total,
            new Dictionary<string, double>(), null, null, expected, [], null, [], AnsweredVia.Self, "Ola");

    private static SessionView Session(int number, double? outcome, double? alliance = null, ExpectedView? expected = null) =>
        new(Guid.NewGuid(), number, Day.AddDays(7 * (number - 1)), false, false,
            [.. new[] { outcome is { } o ? Form(InstrumentKind.Outcome, number, o, expected) : null, alliance is { } a ? Form(InstrumentKind.Alliance, number, a) : null }.OfType<ResponseStored>()], []);

    private static FeedbackView View(params SessionView[] sessions) => View(null, sessions);

    private static FeedbackView View(FeedbackSummary? summary, params SessionView[] sessions) =>
        new(Guid.NewGuid(), [new EpisodeSessions(new EpisodeView(Guid.NewGuid(), 1, Day, null, sessions.Length, null, null), sessions)], summary, [], [], null);

    private static int Y(double value) => FeedbackChart.YFor(value, 40, FeedbackChart.OutcomeHeight);

    [Fact]
    public void No_answers_give_an_empty_chart_that_says_so_in_the_persons_words()
    {
        var chart = FeedbackChart.Build(new FeedbackView(Guid.NewGuid(), [], null, [], [], null), FeedbackScales.Default);

        chart.IsEmpty.ShouldBeTrue();
        chart.Rows.ShouldBeEmpty();
        chart.WordsKey.ShouldBe("Feedback.Chart.Words.None.Person");
    }

    [Fact]
    public void Totals_go_up_from_0_to_40_and_sessions_go_across_by_number()
    {
        var chart = FeedbackChart.Build(View(Session(1, 20), Session(2, 30), Session(3, null, 38), Session(4, 40), Session(5, 0)), FeedbackScales.Default);

        var plotBottom = FeedbackChart.OutcomeHeight - FeedbackChart.Bottom;
        var step = FeedbackChart.PlotWidth / 4.0;
        chart.Outcome.Dots.Select(d => (d.Session, d.X, d.Y)).ShouldBe(
        [
            (1, FeedbackChart.Left, FeedbackChart.Top + ((plotBottom - FeedbackChart.Top) / 2)),
            (2, FeedbackChart.Left + (int)Math.Round(step), Y(30)),
            (4, FeedbackChart.Left + (int)Math.Round(3 * step), FeedbackChart.Top),
            (5, FeedbackChart.Width - FeedbackChart.Right, plotBottom),
        ]);
        chart.Outcome.Polyline.ShouldBe(string.Join(' ', chart.Outcome.Dots.Select(d => $"{d.X},{d.Y}")));
        chart.Outcome.Grid.Select(g => g.Value).ShouldBe([0, 10, 20, 30, 40]);
        chart.Alliance.Dots.Single().Session.ShouldBe(3);
        chart.Rows.Select(r => (r.Session, r.Outcome, r.Alliance)).ShouldBe([(1, 20, null), (2, 30, null), (3, null, 38), (4, 40, null), (5, 0, null)]);
        chart.Ticks.Select(t => t.Session).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public void One_answer_is_the_starting_point_at_the_left_of_a_path_of_at_least_four_sessions()
    {
        var chart = FeedbackChart.Build(View(Session(1, 18.4)), FeedbackScales.Default);

        chart.Start.ShouldNotBeNull();
        chart.Start.X.ShouldBe(FeedbackChart.Left);
        chart.Start.Total.ShouldBe(18.4);
        chart.Ticks.Select(t => t.Session).ShouldBe([1, 2, 3, 4]);
        chart.WordsKey.ShouldBe("Feedback.Chart.Words.Start.Person");
    }

    [Fact]
    public void The_cut_off_and_the_alliance_threshold_are_lines_across_their_panels()
    {
        var chart = FeedbackChart.Build(View(Session(1, 20, 30)), FeedbackScales.Default);

        chart.Outcome.Rule.ShouldBe(new ChartRule(25, Y(25), LabelBelow: false));
        FeedbackChart.Build(View(Session(1, 26)), FeedbackScales.Default).Outcome.Rule!.LabelBelow.ShouldBeTrue();
        chart.Alliance.Rule!.Value.ShouldBe(36);
        chart.Alliance.Rule.Y.ShouldBe(FeedbackChart.YFor(36, 40, FeedbackChart.AllianceHeight));
    }

    [Fact]
    public void The_person_sees_no_bands_and_staff_see_the_reliable_change_band_around_intake()
    {
        var view = View(Session(1, 22), Session(2, 24));

        var person = FeedbackChart.Build(view, FeedbackScales.Default);
        var staff = FeedbackChart.Build(view, FeedbackScales.Default, FeedbackChartOptions.Staff);

        person.ReliableBand.ShouldBeNull();
        person.ExpectedFallback.ShouldBeFalse();
        staff.ReliableBand.ShouldBe(new ChartArea(FeedbackChart.Left, FeedbackChart.Width - FeedbackChart.Right, Y(27), Y(17)));
    }

    [Fact]
    public void The_reliable_change_band_stops_at_the_ends_of_the_scale()
    {
        var staff = FeedbackChart.Build(View(Session(1, 38), Session(2, 39)), FeedbackScales.Default, FeedbackChartOptions.Staff);

        staff.ReliableBand!.Top.ShouldBe(FeedbackChart.Top);
        staff.ReliableBand.Bottom.ShouldBe(Y(33));
    }

    [Fact]
    public void The_stored_expected_band_is_drawn_from_the_median_down_to_the_25th_percentile()
    {
        var view = View(Session(1, 15, expected: new(15, 15, 3)), Session(2, 16, expected: new(20, 17, 3)), Session(3, 18, expected: new(24, 19, 3)));

        var chart = FeedbackChart.Build(view, FeedbackScales.Default, FeedbackChartOptions.Staff);

        var xs = chart.Outcome.Dots.Select(d => d.X).ToList();
        chart.Expected.ShouldNotBeNull();
        chart.Expected.Median.ShouldBe($"{xs[0]},{Y(15)} {xs[1]},{Y(20)} {xs[2]},{Y(24)}");
        chart.Expected.Band.ShouldBe($"{xs[0]},{Y(15)} {xs[1]},{Y(20)} {xs[2]},{Y(24)} {xs[2]},{Y(19)} {xs[1]},{Y(17)} {xs[0]},{Y(15)}");
        chart.ExpectedFallback.ShouldBeFalse();
    }

    [Fact]
    public void Without_a_stored_band_staff_are_told_the_fallback_rule_is_used()
    {
        var chart = FeedbackChart.Build(View(Session(1, 15), Session(2, 16)), FeedbackScales.Default, FeedbackChartOptions.Staff);

        chart.Expected.ShouldBeNull();
        chart.ExpectedFallback.ShouldBeTrue();
    }

    [Theory]
    [InlineData(15, 20, false, "Feedback.Chart.Words.Improved.Person")]
    [InlineData(20, 26, false, "Feedback.Chart.Words.Significant.Person")]
    [InlineData(20, 24.9, false, "Feedback.Chart.Words.Same.Person")]
    [InlineData(20, 15, false, "Feedback.Chart.Words.Heavier.Person")]
    [InlineData(20, 15, true, "Feedback.Chart.Words.Heavier.Staff")]
    [InlineData(15, 20, true, "Feedback.Chart.Words.Improved.Staff")]
    public void The_words_under_the_chart_follow_reliable_change_from_intake(double intake, double latest, bool staff, string key)
    {
        var chart = FeedbackChart.Build(View(Session(1, intake), Session(2, latest)), FeedbackScales.Default, staff ? FeedbackChartOptions.Staff : null);

        chart.WordsKey.ShouldBe(key);
    }

    [Fact]
    public void The_words_use_the_summary_of_the_latest_episode()
    {
        var summary = new FeedbackSummary(1, 2, 10, 30, 20, "improved", true, 25, 5, null);

        var chart = FeedbackChart.Build(View(summary, Session(1, 10), Session(2, 30)), FeedbackScales.Default);

        chart.WordsKey.ShouldBe("Feedback.Chart.Words.Significant.Person");
    }

    [Fact]
    public void An_earlier_episode_can_be_chosen_and_many_sessions_leave_room_between_labels()
    {
        var first = new EpisodeSessions(new EpisodeView(Guid.NewGuid(), 1, Day, Day.AddDays(200), 30, 10, 20),
            [.. Enumerable.Range(1, 30).Select(n => Session(n, 10 + (n / 3.0)))]);
        var second = new EpisodeSessions(new EpisodeView(Guid.NewGuid(), 2, Day.AddDays(300), null, 1, 25, 25), [Session(1, 25)]);
        var view = new FeedbackView(Guid.NewGuid(), [first, second], null, [], [], null);

        var chart = FeedbackChart.Build(view, FeedbackScales.Default, new FeedbackChartOptions(EpisodeNumber: 1));

        chart.EpisodeNumber.ShouldBe(1);
        chart.Outcome.Dots.Count.ShouldBe(30);
        chart.Ticks[0].Session.ShouldBe(1);
        chart.Ticks[^1].Session.ShouldBe(30);
        chart.Ticks.Zip(chart.Ticks.Skip(1)).ShouldAllBe(pair => pair.Second.X - pair.First.X >= 22);
        FeedbackChart.Build(view, FeedbackScales.Default).EpisodeNumber.ShouldBe(2);
    }
}
