using System.Globalization;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.MyFeedback;

/// <summary>
/// Reads a posted form page into answers: a slider's number field takes 7,3 and 7.3; an empty field is not
/// answered (never a silent middle value); a ticked "matters" box is 1 and an unticked one posts nothing.
/// </summary>
public static class AnswerForm
{
    public const string Prefix = "a-";

    public static string FieldName(InstrumentItem item) => Prefix + item.LinkId;

    public static string FieldId(InstrumentItem item) => "item-" + item.LinkId;

    /// <summary>The answers and every problem at once (unreadable numbers, then what the scoring rules say), so nothing is stored until all is right.</summary>
    public static (IReadOnlyList<Answer> Answers, IReadOnlyList<FieldError> Errors) Read(InstrumentDefinition instrument, Func<string, string?> field)
    {
        var answers = new List<Answer>();
        var errors = new List<FieldError>();
        foreach (var item in instrument.Items)
        {
            var raw = field(FieldName(item))?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }
            if (TryNumber(raw, out var value))
            {
                answers.Add(new Answer(item.LinkId, value));
            }
            else
            {
                errors.Add(new FieldError(item.LinkId, FormScoring.NotANumberKey));
            }
        }
        if (answers.Count == 0 && errors.Count == 0)
        {
            // Nothing answered: say so beside each question, not once for the whole form.
            errors.AddRange(instrument.Items.Where(i => i.Kind != ItemKind.Matters && i.GatedBy is null).Select(i => new FieldError(i.LinkId, FormScoring.MissingKey)));
            return (answers, errors.Count > 0 ? errors : [new FieldError(FormScoring.AnswersField, FormScoring.NoAnswersKey)]);
        }
        if (answers.Count > 0)
        {
            var (_, scored) = FormScoring.Score(instrument, answers);
            errors.AddRange(scored.Where(e => errors.TrueForAll(x => x.Field != e.Field)));
        }
        return (answers, errors);
    }

    /// <summary>A decimal with a comma or a point (7,3 or 7.3), nothing else (read in one place: TypedAnswers.Number).</summary>
    public static bool TryNumber(string raw, out double value)
    {
        var number = TypedAnswers.Number(raw);
        value = number ?? 0;
        return number is not null;
    }
}
