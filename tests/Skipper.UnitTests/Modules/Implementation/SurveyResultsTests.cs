using Skipper.Web.Modules.Implementation.Survey;
using Skipper.Web.Modules.Implementation.Survey.Data;

namespace Skipper.UnitTests.Modules.Implementation;

public sealed class SurveyResultsTests
{
    private static readonly SurveyView Survey = new(
        Guid.NewGuid(), Guid.NewGuid(), "T", "", "Brukerrådet", "closed", 20, 10, null, 50, null, null, "X", 3,
        [new QuestionView(1, "Skala", "scale", "lav", "høy"), new QuestionView(2, "Ja/nei", "yesNo", null, null), new QuestionView(3, "Ord", "freeText", null, null)]);

    private static List<IReadOnlyList<SurveyResponseItem>> Responses(params (int? Score, bool? Yes, string? Text)[] answers) =>
        answers.Select(a => (IReadOnlyList<SurveyResponseItem>)new List<SurveyResponseItem>
        {
            new() { Number = 1, Score = a.Score },
            new() { Number = 2, Yes = a.Yes },
            new() { Number = 3, Text = a.Text },
        }).ToList();

    [Fact]
    public void Under_five_answers_nothing_is_shown()
    {
        var results = SurveyResults.Build(Survey, Responses((5, true, "a"), (4, true, null), (3, false, null), (5, true, null)), new Random(1));

        results.Shown.ShouldBeFalse();
        results.HiddenReason.ShouldBe(SurveyResults.UnderFive);
        results.Questions.ShouldAllBe(q => q.Cells.Count == 0 && q.Texts.Count == 0 && q.Mean == null);
    }

    [Fact]
    public void A_distribution_with_cells_of_five_and_more_shows_every_count_and_the_mean()
    {
        // Ten answers: five 4s and five 5s; mean 4.5. Yes 5, no 5.
        var answers = Enumerable.Range(0, 10).Select(i => ((int?)(i < 5 ? 4 : 5), (bool?)(i % 2 == 0), (string?)null)).ToArray();
        var results = SurveyResults.Build(Survey, Responses(answers), new Random(1));

        var scale = results.Questions[0];
        scale.Answered.ShouldBe(10);
        scale.Cells.Select(c => c.Count).ShouldBe([0, 0, 0, 5, 5]);
        scale.Mean.ShouldBe(4.5);
        results.Questions[1].Cells.Select(c => c.Count).ShouldBe([5, 5]);
    }

    [Fact]
    public void A_small_cell_is_hidden_and_so_is_the_cell_that_would_give_it_back_and_the_mean()
    {
        // Scale: 2 answered 3, 6 answered 4, 7 answered 5 (15). The 2 is hidden; so is the 6 (the smallest shown); the mean too.
        var answers = Enumerable.Range(0, 15).Select(i => ((int?)(i < 2 ? 3 : i < 8 ? 4 : 5), (bool?)(i < 12), (string?)null)).ToArray();
        var results = SurveyResults.Build(Survey, Responses(answers), new Random(1));

        var scale = results.Questions[0];
        scale.Answered.ShouldBe(15);
        scale.Cells.Select(c => c.Count).ShouldBe([0, 0, null, null, 7]);
        scale.Cells[2].Hidden.ShouldBe(SurveyResults.UnderFive);
        scale.Cells[3].Hidden.ShouldBe(SurveyResults.Complement);
        scale.Mean.ShouldBeNull();
        scale.MeanHidden.ShouldBe(SurveyResults.GivesCellsBack);
        // Yes 12, no 3: both hidden, or 15 − 12 would give the 3 back.
        results.Questions[1].Cells.Select(c => c.Hidden).ShouldBe([SurveyResults.Complement, SurveyResults.UnderFive]);
    }

    [Fact]
    public void Free_texts_are_shown_from_five_answers_without_their_order()
    {
        var answers = new[] { "en", "to", "tre", "fire", "fem", "seks" }.Select(t => ((int?)null, (bool?)null, (string?)t)).ToArray();
        var first = SurveyResults.Build(Survey, Responses(answers), new Random(1)).Questions[2].Texts;
        var second = SurveyResults.Build(Survey, Responses(answers), new Random(7)).Questions[2].Texts;

        first.OrderBy(t => t).ShouldBe(answers.Select(a => a.Item3!).OrderBy(t => t));
        first.ShouldNotBe(second);
    }

    [Fact]
    public void Results_wait_until_the_survey_is_closed()
    {
        var results = SurveyResults.NotYet(Survey with { State = "open" });

        results.Shown.ShouldBeFalse();
        results.HiddenReason.ShouldBe(SurveyResults.NotClosed);
    }
}
