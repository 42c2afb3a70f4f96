using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Privacy;

namespace Skipper.Web.Modules.Implementation.Survey;

/// <summary>One answer option's count: null when hidden, with the reason ("under 5", or "complement" where a total would give a hidden cell back).</summary>
public sealed record ResultCell(string Value, int? Count, string? Hidden);

/// <summary>
/// One question's result. Answered is how many answered it; Cells the distribution (1–5, or yes and no);
/// Mean only when no cell is hidden (with the total it would otherwise give hidden cells back); Texts the words, in random order.
/// </summary>
public sealed record QuestionResult(QuestionView Question, int? Answered, IReadOnlyList<ResultCell> Cells, double? Mean, string? MeanHidden, IReadOnlyList<string> Texts);

/// <summary>Shown is false until the survey is closed and at least 5 have answered; then Questions hold no figures.</summary>
public sealed record SurveyResultsView(SurveyView Survey, bool Shown, string? HiddenReason, IReadOnlyList<QuestionResult> Questions);

/// <summary>Counts anonymous answers into figures that never show fewer than 5 people (Platform/Privacy/SmallCells).</summary>
public static class SurveyResults
{
    public const string UnderFive = "under 5";
    public const string Complement = "complement";
    public const string NotClosed = "not closed";
    public const string GivesCellsBack = "would reveal a hidden cell";
    public const string Yes = "yes";
    public const string No = "no";

    public static SurveyResultsView NotYet(SurveyView survey) =>
        new(survey, false, NotClosed, survey.Questions.Select(Empty).ToList());

    public static SurveyResultsView Build(SurveyView survey, IReadOnlyList<IReadOnlyList<SurveyResponseItem>> responses, Random random)
    {
        if (responses.Count < SmallCells.Smallest)
        {
            return new(survey, false, UnderFive, survey.Questions.Select(Empty).ToList());
        }
        var items = responses.SelectMany(r => r).ToLookup(i => i.Number);
        return new(survey, true, null, survey.Questions.Select(q => Question(q, items[q.Number].ToList(), random)).ToList());
    }

    private static QuestionResult Empty(QuestionView question) => new(question, null, [], null, null, []);

    private static QuestionResult Question(QuestionView question, List<SurveyResponseItem> answers, Random random)
    {
        if (question.IsScale)
        {
            var scores = answers.Where(a => a.Score is not null).Select(a => a.Score!.Value).ToList();
            var counts = Enumerable.Range(1, 5).Select(s => scores.Count(x => x == s)).ToList();
            var cells = Cells(counts, Enumerable.Range(1, 5).Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
            var clean = cells.All(c => c.Hidden is null) && !SmallCells.TooFew(scores.Count);
            double? mean = clean && scores.Count > 0 ? Math.Round(scores.Average(), 1) : null;
            return new(question, Count(scores.Count), cells, mean, clean || scores.Count == 0 ? null : GivesCellsBack, []);
        }
        if (question.IsYesNo)
        {
            var yes = answers.Count(a => a.Yes == true);
            var no = answers.Count(a => a.Yes == false);
            return new(question, Count(yes + no), Cells([yes, no], [Yes, No]), null, null, []);
        }
        var texts = answers.Where(a => !string.IsNullOrEmpty(a.Text)).Select(a => a.Text!).OrderBy(_ => random.Next()).ToList();
        return new(question, Count(texts.Count), [], null, null, texts);
    }

    private static int? Count(int people) => SmallCells.TooFew(people) ? null : people;

    private static List<ResultCell> Cells(IReadOnlyList<int> counts, IReadOnlyList<string> values)
    {
        var hidden = SmallCells.Suppress(counts, totalShown: true);
        return counts.Select((n, i) => hidden[i] switch
        {
            CellHidden.FewerThanFive => new ResultCell(values[i], null, UnderFive),
            CellHidden.Complement => new ResultCell(values[i], null, Complement),
            _ => new ResultCell(values[i], n, null),
        }).ToList();
    }
}
