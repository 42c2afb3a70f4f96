using System.Globalization;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.Scoring;

/// <summary>
/// Checks one submitted form against its instrument definition and scores it. Every problem is reported at once,
/// on the item it concerns, and a form with any problem gets no score (so nothing is stored).
/// </summary>
public static class FormScoring
{
    public const string AnswersField = "answers";
    public const string NoAnswersKey = "Feedback.Error.NoAnswers";
    public const string UnknownItemKey = "Feedback.Error.UnknownItem";
    public const string DuplicateKey = "Feedback.Error.Duplicate";
    public const string NotANumberKey = "Feedback.Error.NotANumber";
    public const string OutOfRangeKey = "Feedback.Error.OutOfRange";
    public const string NotAnOptionKey = "Feedback.Error.NotAnOption";
    public const string NotYesNoKey = "Feedback.Error.NotYesNo";
    public const string MissingKey = "Feedback.Error.Missing";

    public static (ScoredForm? Form, IReadOnlyList<FieldError> Errors) Score(InstrumentDefinition instrument, IReadOnlyList<Answer>? answers)
    {
        if (answers is null || answers.Count == 0)
        {
            return (null, [new FieldError(AnswersField, NoAnswersKey)]);
        }

        var errors = new List<FieldError>();
        var given = new Dictionary<string, double>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (Check(instrument, answer, seen) is { } error)
            {
                if (errors.TrueForAll(e => e.Field != error.Field))
                {
                    errors.Add(error);
                }
                continue;
            }
            given[answer.LinkId] = Normalised(instrument.Item(answer.LinkId)!, answer.Value);
        }

        var counted = Counted(instrument, given, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new ScoredForm(counted, PartScores(instrument, counted)), []);
    }

    private static FieldError? Check(InstrumentDefinition instrument, Answer answer, HashSet<string> seen)
    {
        var linkId = answer.LinkId ?? "";
        if (instrument.Item(linkId) is not { } item)
        {
            return new FieldError(linkId.Length == 0 ? AnswersField : linkId, UnknownItemKey);
        }
        if (!seen.Add(linkId))
        {
            return new FieldError(linkId, DuplicateKey);
        }
        var value = answer.Value;
        if (!double.IsFinite(value))
        {
            return new FieldError(linkId, NotANumberKey);
        }
        return item.Kind switch
        {
            ItemKind.Slider when value < item.Min || value > item.Max => new FieldError(linkId, OutOfRangeKey, Range(item)),
            ItemKind.Rating when !item.Options.Any(o => o.Value == value) => new FieldError(linkId, NotAnOptionKey),
            ItemKind.Matters when value is not (0 or 1) => new FieldError(linkId, NotYesNoKey),
            _ => null,
        };
    }

    private static string Range(InstrumentItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"{item.Min}–{item.Max}");

    /// <summary>A slider value is kept in the slider's own steps (0.1): 7.34 counts as 7.3.</summary>
    private static double Normalised(InstrumentItem item, double value)
    {
        if (item.Kind != ItemKind.Slider || item.Step <= 0)
        {
            return value;
        }
        var steps = Math.Round((value - item.Min) / item.Step, MidpointRounding.AwayFromZero);
        return ScoreMath.Clean(Math.Min(item.Max, item.Min + (steps * item.Step)));
    }

    /// <summary>
    /// The answers that count, in the definition's order. An unticked "matters" item counts as no (a checkbox
    /// posts nothing), and a rating gated by it is then neither required nor counted.
    /// </summary>
    private static List<Answer> Counted(InstrumentDefinition instrument, Dictionary<string, double> given, List<FieldError> errors)
    {
        var counted = new List<Answer>();
        foreach (var item in instrument.Items)
        {
            var required = item.Kind != ItemKind.Matters && Gate(instrument, given, item);
            var answered = given.TryGetValue(item.LinkId, out var value);
            if (required && !answered)
            {
                if (errors.TrueForAll(e => e.Field != item.LinkId))
                {
                    errors.Add(new FieldError(item.LinkId, MissingKey));
                }
            }
            else if (answered && (item.Kind == ItemKind.Matters || required))
            {
                counted.Add(new Answer(item.LinkId, value));
            }
        }
        return counted;
    }

    private static bool Gate(InstrumentDefinition instrument, Dictionary<string, double> given, InstrumentItem item) =>
        item.GatedBy is not { } gate || instrument.Item(gate) is null || (given.TryGetValue(gate, out var open) && open == 1);

    private static List<PartScore> PartScores(InstrumentDefinition instrument, List<Answer> counted)
    {
        var scores = new List<PartScore>();
        foreach (var part in instrument.Parts)
        {
            var values = counted
                .Where(a => part.Items.Contains(a.LinkId) && instrument.Item(a.LinkId)!.Kind != ItemKind.Matters)
                .Select(a => a.Value)
                .ToList();
            if (part.Method == ScoringMethod.Sum)
            {
                scores.Add(new PartScore(part.Code, ScoreMath.Clean(values.Sum())));
            }
            else if (values.Count > 0)
            {
                scores.Add(new PartScore(part.Code, Math.Round(values.Average() * part.Factor, 1, MidpointRounding.AwayFromZero)));
            }
        }
        return scores;
    }
}
