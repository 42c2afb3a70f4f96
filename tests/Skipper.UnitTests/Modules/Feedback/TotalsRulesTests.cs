using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class TotalsRulesTests
{
    [Fact]
    public void Totals_by_hand()
    {
        EpisodeOutcome[] episodes =
        [
            new(Intake: 15, Latest: 27, OutcomeCount: 6, MeanAlliance: 38),    // improved 12, crossed 25: clinically significant
            new(Intake: 20, Latest: 24, OutcomeCount: 4, MeanAlliance: 36),    // +4: no reliable change
            new(Intake: 25, Latest: 18, OutcomeCount: 3, MeanAlliance: 30),    // −7: reliable deterioration
            new(Intake: 30, Latest: 37, OutcomeCount: 5, MeanAlliance: null),  // +7 from over the cut-off: improved, not clinically significant
            new(Intake: 22, Latest: 22, OutcomeCount: 1, MeanAlliance: 40),    // only an intake: not measured
        ];

        var totals = TotalsRules.Compute(episodes, cutOff: 25, reliableChange: 5);

        totals.Episodes.ShouldBe(5);
        totals.Measured.ShouldBe(4);
        totals.ShareImproved.ShouldBe(0.5);
        totals.ShareDeteriorated.ShouldBe(0.25);
        totals.ShareClinicallySignificant.ShouldBe(0.25);
        // Intakes 15, 20, 25, 30: mean 22.5, squared deviations 56.25 + 6.25 + 6.25 + 56.25 = 125, / 3, SD 6.455.
        // Changes 12, 4, −7, 7: mean 4. Effect size 4 / 6.455 = 0.6197.
        totals.EffectSize!.Value.ShouldBe(4 / Math.Sqrt(125.0 / 3), 1e-12);
        // Alliance over the episodes that have one: (38 + 36 + 30 + 40) / 4 = 36.
        totals.MeanAlliance.ShouldBe(36);
    }

    [Fact]
    public void Without_measured_episodes_there_are_no_shares()
    {
        var totals = TotalsRules.Compute([new(20, 20, 1, null), new(null, null, 0, null)], cutOff: 25, reliableChange: 5);

        totals.ShouldBe(new PractitionerTotals(2, 0, null, null, null, null, null));
    }

    [Fact]
    public void No_episodes_gives_empty_totals() =>
        TotalsRules.Compute([], cutOff: 25, reliableChange: 5).ShouldBe(new PractitionerTotals(0, 0, null, null, null, null, null));
}
