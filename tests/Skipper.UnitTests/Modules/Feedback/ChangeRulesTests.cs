using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class ChangeRulesTests
{
    [Theory]
    [InlineData(20, 25, ChangeKind.Improved)]
    [InlineData(20, 31.2, ChangeKind.Improved)]
    [InlineData(20, 24.9, ChangeKind.None)]
    [InlineData(20, 15.1, ChangeKind.None)]
    [InlineData(20, 15, ChangeKind.Deteriorated)]
    [InlineData(20, 3, ChangeKind.Deteriorated)]
    [InlineData(20, 20, ChangeKind.None)]
    public void Reliable_change_is_five_or_more_from_intake_either_way(double intake, double latest, ChangeKind expected) =>
        ChangeRules.ReliableChange(intake, latest, 5).ShouldBe(expected);

    [Fact]
    public void Exactly_five_counts_even_when_floating_point_makes_it_a_hair_less()
    {
        // 8.2 − 3.2 is 4.999999999999999 in floating point.
        (8.2 - 3.2).ShouldBeLessThan(5);
        ChangeRules.ReliableChange(3.2, 8.2, 5).ShouldBe(ChangeKind.Improved);
        ChangeRules.ReliableChange(8.2, 3.2, 5).ShouldBe(ChangeKind.Deteriorated);
    }

    [Fact]
    public void Reliable_improvement_from_under_the_cut_off_to_it_or_over_is_clinically_significant()
    {
        ChangeRules.ClinicallySignificant(intake: 18, latest: 26, cutOff: 25, threshold: 5).ShouldBeTrue();
        ChangeRules.ClinicallySignificant(intake: 20, latest: 25, cutOff: 25, threshold: 5).ShouldBeTrue();
    }

    [Fact]
    public void No_clinically_significant_change_from_an_intake_at_or_over_the_cut_off()
    {
        ChangeRules.ClinicallySignificant(intake: 25, latest: 35, cutOff: 25, threshold: 5).ShouldBeFalse();
        ChangeRules.ClinicallySignificant(intake: 27, latest: 38, cutOff: 25, threshold: 5).ShouldBeFalse();
    }

    [Fact]
    public void No_clinically_significant_change_when_crossing_the_cut_off_without_reliable_change() =>
        ChangeRules.ClinicallySignificant(intake: 22, latest: 26, cutOff: 25, threshold: 5).ShouldBeFalse();

    [Fact]
    public void No_clinically_significant_change_when_reliable_improvement_stays_under_the_cut_off() =>
        ChangeRules.ClinicallySignificant(intake: 10, latest: 20, cutOff: 25, threshold: 5).ShouldBeFalse();

    [Fact]
    public void Effect_size_is_the_mean_change_over_the_sample_sd_of_intake()
    {
        // Intakes 10, 20, 30: mean 20, squared deviations 100 + 0 + 100 = 200, / (3 − 1) = 100, SD 10.
        // Changes 6, 4, 5: mean 5. Effect size 5 / 10 = 0.5.
        ChangeRules.EffectSize([(10, 16), (20, 24), (30, 35)]).ShouldBe(0.5);
    }

    [Fact]
    public void Effect_size_of_two_episodes_by_hand()
    {
        // Intakes 12, 18: mean 15, (9 + 9) / 1 = 18, SD √18 = 4.2426. Changes 9 and 3: mean 6. 6 / 4.2426 = 1.4142.
        ChangeRules.EffectSize([(12, 21), (18, 21)])!.Value.ShouldBe(Math.Sqrt(2), 1e-12);
    }

    [Fact]
    public void Effect_size_needs_two_episodes_and_some_spread_in_intake()
    {
        ChangeRules.EffectSize([]).ShouldBeNull();
        ChangeRules.EffectSize([(10, 20)]).ShouldBeNull();
        ChangeRules.EffectSize([(10, 20), (10, 30)]).ShouldBeNull();
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 40)]
    [InlineData(0.5, 25)]
    [InlineData(0.25, 17.5)]
    [InlineData(0.75, 32.5)]
    [InlineData(0.1, 13)]
    public void Percentiles_interpolate_linearly_between_closest_ranks(double p, double expected)
    {
        // Sorted 10, 20, 30, 40 (given unsorted). Position (n − 1)·p: p 0.25 -> 0.75 -> 10 + 0.75 × 10 = 17.5;
        // p 0.1 -> 0.3 -> 13; p 0.75 -> 2.25 -> 30 + 0.25 × 10 = 32.5.
        ChangeRules.Percentile([40, 10, 30, 20], p).ShouldBe(expected, 1e-9);
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_and_one_value_is_every_percentile()
    {
        ChangeRules.Percentile([3, 1, 2], 0.5).ShouldBe(2);
        ChangeRules.Percentile([3, 1, 2], 0.25).ShouldBe(1.5);
        ChangeRules.Percentile([7], 0).ShouldBe(7);
        ChangeRules.Percentile([7], 0.25).ShouldBe(7);
        ChangeRules.Percentile([7], 1).ShouldBe(7);
    }

    [Fact]
    public void A_percentile_needs_values_and_a_p_in_zero_to_one()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ChangeRules.Percentile([], 0.5));
        Should.Throw<ArgumentOutOfRangeException>(() => ChangeRules.Percentile([1], 1.5));
        Should.Throw<ArgumentOutOfRangeException>(() => ChangeRules.Percentile([1], -0.1));
    }

    [Theory]
    [InlineData(3, 20, 20, false)]
    [InlineData(3, 20, 15, false)]
    [InlineData(4, 20, 24.9, true)]
    [InlineData(4, 20, 25, false)]
    [InlineData(4, 3.2, 8.2, false)]
    [InlineData(7, 20, 21, true)]
    [InlineData(7, 20, 12, true)]
    public void The_fallback_fires_from_session_four_without_reliable_improvement(int session, double intake, double latest, bool fires) =>
        ChangeRules.NoReliableImprovementBy(session, intake, latest, 5).ShouldBe(fires);
}
