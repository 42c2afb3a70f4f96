using Skipper.Web.Modules.Implementation.SelfAssessment;

namespace Skipper.UnitTests.Modules.Implementation;

public sealed class SelfAssessmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 9, 15);
    private static readonly ChecklistStatement[] Two = [new("own-goals", "Egne mål", "Own goals"), new("hope", "Håp", "Hope")];

    [Fact]
    public void The_shipped_checklist_has_ten_statements_with_unique_keys_in_both_languages()
    {
        Checklist.Statements.Count.ShouldBe(10);
        Checklist.Statements.Select(s => s.Key).Distinct().Count().ShouldBe(10);
        Checklist.Statements.ShouldAllBe(s => s.Nb.Length > 0 && s.En.Length > 0 && s.Key.Length <= 40);
    }

    [Fact]
    public void Every_statement_answered_within_1_to_4_on_a_past_date_passes_with_its_comment()
    {
        var (clean, refusal) = SelfAssessmentRules.Check(
            new SelfAssessmentRequest("2026-09-01", new Dictionary<string, int?> { ["own-goals"] = 1, ["hope"] = 4 }, new Dictionary<string, string?> { ["hope"] = " Mye bedre " }),
            Two, Today);

        refusal.ShouldBeNull();
        clean.AssessedOn.ShouldBe(new DateOnly(2026, 9, 1));
        clean.Answers.ShouldBe([("own-goals", 1, ""), ("hope", 4, "Mye bedre")]);
    }

    [Fact]
    public void A_missing_answer_a_value_outside_the_scale_an_unknown_statement_and_a_future_date_are_each_named()
    {
        var (_, refusal) = SelfAssessmentRules.Check(
            new SelfAssessmentRequest("2026-09-16", new Dictionary<string, int?> { ["hope"] = 5, ["ghost"] = 2 }, null), Two, Today);

        refusal!.Fields.Select(f => (f.Field, f.MessageKey)).ShouldBe(
        [
            ("assessedOn", "Implementation.SelfAssessment.Error.Future"),
            ("answers", "Implementation.SelfAssessment.Error.Unknown"),
            ("answers.own-goals", "Implementation.SelfAssessment.Error.Missing"),
            ("answers.hope", "Implementation.SelfAssessment.Error.Value"),
        ]);
    }

    [Theory]
    [InlineData("15.09.2026", "Input.Error.Date")]
    [InlineData("", "Implementation.SelfAssessment.Error.DateRequired")]
    [InlineData("1999-06-01", "Implementation.SelfAssessment.Error.TooOld")]
    public void A_date_must_be_written_and_real(string date, string message) =>
        SelfAssessmentRules.Check(new SelfAssessmentRequest(date, new Dictionary<string, int?> { ["own-goals"] = 2, ["hope"] = 2 }, null), Two, Today)
            .Refusal!.ErrorFor("assessedOn")!.MessageKey.ShouldBe(message);

    [Theory]
    [InlineData(2026, 1, 1, 2026, 1)]
    [InlineData(2026, 6, 30, 2026, 1)]
    [InlineData(2026, 7, 1, 2026, 2)]
    [InlineData(2026, 12, 31, 2026, 2)]
    public void The_half_year_runs_january_to_june_and_july_to_december(int year, int month, int day, int expectedYear, int expectedHalf) =>
        HalfYear.Of(new DateOnly(year, month, day)).ShouldBe(new HalfYear(expectedYear, expectedHalf));

    [Fact]
    public void The_half_year_before_the_first_is_the_second_of_the_year_before() =>
        new HalfYear(2026, 1).Previous.ShouldBe(new HalfYear(2025, 2));

    [Fact]
    public void The_mean_is_the_average_answer_to_two_decimals() =>
        AnswerScale.Mean([2, 3, 3, 2, 1, 2, 2, 1, 3, 2]).ShouldBe(2.1);

    [Fact]
    public void Two_thirds_round_to_two_decimals() => AnswerScale.Mean([1, 1, 2]).ShouldBe(1.33);
}
