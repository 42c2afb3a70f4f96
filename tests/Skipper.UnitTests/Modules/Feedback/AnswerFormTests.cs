using Skipper.Web.Modules.Feedback.MyFeedback;
using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class AnswerFormTests
{
    private static Func<string, string?> Posted(params (string LinkId, string Value)[] fields) =>
        name => fields.Where(f => AnswerForm.Prefix + f.LinkId == name).Select(f => f.Value).FirstOrDefault();

    [Theory]
    [InlineData("7,3", 7.3)]
    [InlineData("7.3", 7.3)]
    [InlineData(" 10 ", 10)]
    [InlineData("0", 0)]
    public void A_decimal_takes_a_comma_or_a_point(string typed, double value)
    {
        AnswerForm.TryNumber(typed, out var read).ShouldBeTrue();
        read.ShouldBe(value);
    }

    [Theory]
    [InlineData("sju")]
    [InlineData("7,3,1")]
    [InlineData("1e3")]
    [InlineData("NaN")]
    public void Anything_else_is_not_a_number(string typed) => AnswerForm.TryNumber(typed, out _).ShouldBeFalse();

    [Fact]
    public void An_empty_field_is_not_answered_and_gets_its_own_message()
    {
        var (answers, errors) = AnswerForm.Read(TestInstruments.Outcome, Posted(("q1", "7,3"), ("q2", ""), ("q3", "5"), ("q4", "x")));

        answers.ShouldBe([new Answer("q1", 7.3), new Answer("q3", 5)]);
        errors.Select(e => (e.Field, e.MessageKey)).ShouldBe([("q4", FormScoring.NotANumberKey), ("q2", FormScoring.MissingKey)]);
    }

    [Fact]
    public void Nothing_answered_is_said_beside_every_question()
    {
        var (_, errors) = AnswerForm.Read(TestInstruments.Outcome, Posted());

        errors.Select(e => e.Field).ShouldBe(["q1", "q2", "q3", "q4"]);
        errors.ShouldAllBe(e => e.MessageKey == FormScoring.MissingKey);
    }

    [Fact]
    public void A_full_form_has_no_errors()
    {
        var (answers, errors) = AnswerForm.Read(TestInstruments.Outcome, Posted(("q1", "7,3"), ("q2", "7.3"), ("q3", "0"), ("q4", "10")));

        errors.ShouldBeEmpty();
        answers.Count.ShouldBe(4);
    }
}
