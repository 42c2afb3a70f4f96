using Skipper.Web.Modules.Feedback.Scoring;
using static Skipper.UnitTests.Modules.Feedback.TestInstruments;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class FormScoringTests
{
    [Fact]
    public void The_total_is_the_sum_of_the_four_items()
    {
        var (form, errors) = FormScoring.Score(Outcome, Answers(7.3, 6.1, 5, 8.4));

        errors.ShouldBeEmpty();
        form!.Total.ShouldBe(26.8);
        form.Parts.ShouldBe([new PartScore("total", 26.8)]);
    }

    [Fact]
    public void All_zeros_and_all_tens_give_the_ends_of_the_scale()
    {
        FormScoring.Score(Outcome, Answers(0, 0, 0, 0)).Form!.Total.ShouldBe(0);
        FormScoring.Score(Outcome, Answers(10, 10, 10, 10)).Form!.Total.ShouldBe(40);
    }

    [Fact]
    public void A_slider_value_is_rounded_to_its_step_of_one_tenth()
    {
        var (form, _) = FormScoring.Score(Outcome, Answers(7.34, 6.06, 0.01, 9.96));

        form!.Answers.Select(a => a.Value).ShouldBe([7.3, 6.1, 0, 10]);
        form.Total.ShouldBe(23.4);
    }

    [Fact]
    public void Answers_count_in_the_order_of_the_definition()
    {
        var (form, _) = FormScoring.Score(Outcome, [new("q4", 4), new("q2", 2), new("q1", 1), new("q3", 3)]);

        form!.Answers.Select(a => a.LinkId).ShouldBe(["q1", "q2", "q3", "q4"]);
        form.Total.ShouldBe(10);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(10.1)]
    [InlineData(11)]
    public void A_value_outside_zero_to_ten_is_refused_on_its_item(double value)
    {
        var (form, errors) = FormScoring.Score(Outcome, Answers(5, value, 5, 5));

        form.ShouldBeNull();
        errors.ShouldBe([new Skipper.Web.Platform.Onboarding.FieldError("q2", FormScoring.OutOfRangeKey, "0–10")]);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Not_a_number_is_refused(double value) =>
        Single(FormScoring.Score(Outcome, Answers(5, 5, value, 5))).ShouldBe(("q3", FormScoring.NotANumberKey));

    [Fact]
    public void A_missing_item_is_refused_and_never_counts_as_a_silent_value() =>
        Single(FormScoring.Score(Outcome, Answers(5, 5, 5))).ShouldBe(("q4", FormScoring.MissingKey));

    [Fact]
    public void Every_missing_item_is_named()
    {
        var (_, errors) = FormScoring.Score(Outcome, [new("q2", 5)]);

        errors.Select(e => e.Field).ShouldBe(["q1", "q3", "q4"]);
    }

    [Fact]
    public void An_unknown_item_is_refused() =>
        Single(FormScoring.Score(Outcome, [.. Answers(5, 5, 5, 5), new("q9", 5)])).ShouldBe(("q9", FormScoring.UnknownItemKey));

    [Fact]
    public void The_same_item_twice_is_refused() =>
        Single(FormScoring.Score(Outcome, [.. Answers(5, 5, 5, 5), new("q2", 6)])).ShouldBe(("q2", FormScoring.DuplicateKey));

    [Fact]
    public void No_answers_at_all_is_refused()
    {
        Single(FormScoring.Score(Outcome, [])).ShouldBe(("answers", FormScoring.NoAnswersKey));
        Single(FormScoring.Score(Outcome, null)).ShouldBe(("answers", FormScoring.NoAnswersKey));
    }

    [Fact]
    public void A_rating_that_is_not_one_of_the_options_is_refused() =>
        Single(FormScoring.Score(Recovery, [new("m1", 0), new("m2", 0), new("r1", 2.5), new("r2", 3)])).ShouldBe(("r1", FormScoring.NotAnOptionKey));

    [Fact]
    public void A_matters_answer_other_than_zero_or_one_is_refused() =>
        Single(FormScoring.Score(Recovery, [new("m1", 2), new("r1", 2), new("r2", 3)])).ShouldBe(("m1", FormScoring.NotYesNoKey));

    [Fact]
    public void Recovery_parts_are_the_mean_rating_times_25()
    {
        // Support: 4 and 3 -> mean 3.5 -> 87.5. Relationship: 2 and 3 -> mean 2.5 -> 62.5.
        var (form, errors) = FormScoring.Score(Recovery, [new("m1", 1), new("s1", 4), new("m2", 1), new("s2", 3), new("r1", 2), new("r2", 3)]);

        errors.ShouldBeEmpty();
        form!.Parts.ShouldBe([new PartScore("support", 87.5), new PartScore("relationship", 62.5)]);
        form.Total.ShouldBeNull();
    }

    [Fact]
    public void Only_support_that_matters_is_rated_and_scored()
    {
        // m2 is no, so s2 is neither required nor counted: support = 2 × 25 = 50.
        var (form, errors) = FormScoring.Score(Recovery, [new("m1", 1), new("s1", 2), new("m2", 0), new("s2", 4), new("r1", 4), new("r2", 4)]);

        errors.ShouldBeEmpty();
        form!.Parts.ShouldBe([new PartScore("support", 50), new PartScore("relationship", 100)]);
        form.Answers.Select(a => a.LinkId).ShouldBe(["m1", "s1", "m2", "r1", "r2"]);
    }

    [Fact]
    public void An_unticked_matters_item_counts_as_no()
    {
        var (form, errors) = FormScoring.Score(Recovery, [new("m1", 1), new("s1", 1), new("r1", 0), new("r2", 1)]);

        errors.ShouldBeEmpty();
        form!.Parts.ShouldBe([new PartScore("support", 25), new PartScore("relationship", 12.5)]);
    }

    [Fact]
    public void Support_that_matters_must_be_rated() =>
        Single(FormScoring.Score(Recovery, [new("m1", 1), new("m2", 1), new("s2", 3), new("r1", 2), new("r2", 2)])).ShouldBe(("s1", FormScoring.MissingKey));

    [Fact]
    public void A_part_with_nothing_rated_has_no_score()
    {
        var (form, _) = FormScoring.Score(Recovery, [new("m1", 0), new("m2", 0), new("r1", 1), new("r2", 2)]);

        form!.Parts.ShouldBe([new PartScore("relationship", 37.5)]);
    }

    [Fact]
    public void An_ungated_rating_is_required() =>
        Single(FormScoring.Score(Recovery, [new("m1", 0), new("m2", 0), new("r1", 1)])).ShouldBe(("r2", FormScoring.MissingKey));

    [Fact]
    public void A_scaled_mean_is_kept_to_one_decimal()
    {
        var recovery = Recovery with
        {
            Items = [.. Recovery.Items, TestInstruments.Rating("r3", "relationship")],
            Parts = [Recovery.Parts[0], Recovery.Parts[1] with { Items = ["r1", "r2", "r3"] }],
        };

        // 3 + 3 + 4 = 10, mean 3.333..., × 25 = 83.333... -> 83.3.
        FormScoring.Score(recovery, [new("r1", 3), new("r2", 3), new("r3", 4)]).Form!.Parts.ShouldBe([new PartScore("relationship", 83.3)]);
    }

    private static (string Field, string Key) Single((ScoredForm? Form, IReadOnlyList<Skipper.Web.Platform.Onboarding.FieldError> Errors) result)
    {
        result.Form.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        return (error.Field, error.MessageKey);
    }
}
