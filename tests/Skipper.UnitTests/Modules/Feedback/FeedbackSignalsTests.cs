using Skipper.Web.Modules.Feedback.Scoring;
using static Skipper.UnitTests.Modules.Feedback.TestInstruments;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class FeedbackSignalsTests
{
    private static ScoredForm Alliance(params double[] values) => FormScoring.Score(TestInstruments.Alliance, Answers(values)).Form!;

    [Fact]
    public void An_alliance_total_below_36_raises_the_alliance_signal()
    {
        // 9 + 9 + 9 + 8.9 = 35.9.
        FeedbackSignals.ForAlliance(TestInstruments.Alliance, Alliance(9, 9, 9, 8.9), previous: null).ShouldBe([FeedbackSignals.AllianceLow]);
    }

    [Fact]
    public void An_alliance_total_of_36_or_more_raises_nothing() =>
        FeedbackSignals.ForAlliance(TestInstruments.Alliance, Alliance(9, 9, 9, 9), previous: null).ShouldBeEmpty();

    [Fact]
    public void An_item_that_fell_by_one_point_since_last_session_raises_a_signal_even_with_a_high_total()
    {
        var previous = Answers(10, 10, 10, 10);

        FeedbackSignals.ForAlliance(TestInstruments.Alliance, Alliance(10, 9, 10, 10), previous).ShouldBe([FeedbackSignals.AllianceItemDropped]);
    }

    [Fact]
    public void An_item_that_fell_by_less_than_one_point_raises_nothing()
    {
        var previous = Answers(10, 10, 10, 10);

        FeedbackSignals.ForAlliance(TestInstruments.Alliance, Alliance(9.1, 9.1, 9.1, 9.1), previous).ShouldBeEmpty();
    }

    [Fact]
    public void Exactly_one_point_down_counts_despite_floating_point()
    {
        // 4.1 − 3.1 is 0.9999999999999996 in floating point. The total, 34.1, is low too.
        (4.1 - 3.1).ShouldBeLessThan(1);
        FeedbackSignals.ForAlliance(TestInstruments.Alliance, Alliance(3.1, 10, 10, 10), Answers(4.1, 10, 10, 10)).ShouldBe([FeedbackSignals.AllianceLow, FeedbackSignals.AllianceItemDropped]);
    }

    [Fact]
    public void A_low_total_and_a_drop_both_show()
    {
        FeedbackSignals.ForAlliance(TestInstruments.Alliance, Alliance(8, 8, 8, 8), Answers(9, 9, 9, 9))
            .ShouldBe([FeedbackSignals.AllianceLow, FeedbackSignals.AllianceItemDropped]);
    }

    [Fact]
    public void Outcome_down_by_five_or_more_from_intake_is_reliable_deterioration()
    {
        FeedbackSignals.ForOutcome(Outcome, total: 15, intake: 20, sessionNumber: 2, band: null).ShouldBe([FeedbackSignals.ReliableDeterioration]);
        FeedbackSignals.ForOutcome(Outcome, total: 15.1, intake: 20, sessionNumber: 2, band: null).ShouldBeEmpty();
    }

    [Fact]
    public void Below_the_expected_band_is_not_on_track()
    {
        var band = new ExpectedBand(1, Median: 24, Low: 22);

        FeedbackSignals.ForOutcome(Outcome, total: 21.9, intake: 20, sessionNumber: 2, band).ShouldBe([FeedbackSignals.NotOnTrack]);
        FeedbackSignals.ForOutcome(Outcome, total: 22, intake: 20, sessionNumber: 2, band).ShouldBeEmpty();
    }

    [Fact]
    public void With_a_band_the_fallback_rule_does_not_apply()
    {
        var band = new ExpectedBand(1, Median: 22, Low: 20);

        FeedbackSignals.ForOutcome(Outcome, total: 21, intake: 20, sessionNumber: 6, band).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(3, 20, false)]
    [InlineData(4, 24.9, true)]
    [InlineData(4, 25, false)]
    public void Without_a_band_the_fallback_rule_decides_not_on_track(int session, double total, bool signalled) =>
        FeedbackSignals.ForOutcome(Outcome, total, intake: 20, session, band: null).Contains(FeedbackSignals.NotOnTrack).ShouldBe(signalled);

    [Fact]
    public void Deterioration_at_session_four_without_a_band_raises_both_outcome_signals() =>
        FeedbackSignals.ForOutcome(Outcome, total: 14, intake: 20, sessionNumber: 4, band: null)
            .ShouldBe([FeedbackSignals.ReliableDeterioration, FeedbackSignals.NotOnTrack]);

    [Fact]
    public void The_intake_session_raises_no_outcome_signal()
    {
        FeedbackSignals.ForOutcome(Outcome, total: 10, intake: null, sessionNumber: 1, band: null).ShouldBeEmpty();
        FeedbackSignals.ForOutcome(Outcome, total: 10, intake: 10, sessionNumber: 1, new ExpectedBand(1, 12, 11)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_signal_has_a_title_and_a_next_step_text()
    {
        FeedbackSignals.TitleKey(FeedbackSignals.AllianceLow).ShouldBe("Feedback.Signal.alliance-low.Title");
        FeedbackSignals.NextKey(FeedbackSignals.NotOnTrack).ShouldBe("Feedback.Signal.not-on-track.Next");
        foreach (var language in new[] { "nb", "en" })
        {
            var texts = Texts(language);
            foreach (var code in FeedbackSignals.All)
            {
                texts.ShouldContainKey(FeedbackSignals.TitleKey(code));
                texts.ShouldContainKey(FeedbackSignals.NextKey(code));
            }
        }
    }

    private static Dictionary<string, string> Texts(string language)
    {
        using var stream = typeof(Skipper.Web.Platform.Localization.Texts).Assembly.GetManifestResourceStream($"Skipper.Web.Resources.Texts.{language}.json")!;
        return System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }
}
