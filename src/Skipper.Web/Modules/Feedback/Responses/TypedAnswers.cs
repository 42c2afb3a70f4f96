using System.Globalization;
using Microsoft.Extensions.Primitives;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.Responses;

/// <summary>What was typed into a form's fields, item by item, so a refused form shows it again.</summary>
public sealed record TypedForm(string Code, IReadOnlyDictionary<string, string> Values)
{
    public static TypedForm Empty(string code) => new(code, new Dictionary<string, string>());

    public string? ValueOf(string linkId) => Values.GetValueOrDefault(linkId);

    public bool IsEmpty => Values.Values.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Reads an instrument's fields from a posted page form ("{code}.{linkId}"). An empty field is not answered (it is
/// left out, so the scoring reports it missing, never counts it); both 7,3 and 7.3 are read as 7.3.
/// </summary>
public static class TypedAnswers
{
    public static string FieldName(string code, string linkId) => $"{code}.{linkId}";

    public static TypedForm Read(InstrumentDefinition instrument, IFormCollection form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in instrument.Items)
        {
            if (form.TryGetValue(FieldName(instrument.Code, item.LinkId), out StringValues typed) && typed.Count > 0)
            {
                values[item.LinkId] = typed[^1]?.Trim() ?? "";
            }
        }
        return new TypedForm(instrument.Code, values);
    }

    /// <summary>The answers to send, and a field error for each value that is not a number.</summary>
    public static (IReadOnlyList<AnswerRequest> Answers, IReadOnlyList<FieldError> Errors) Parse(TypedForm typed)
    {
        var answers = new List<AnswerRequest>();
        var errors = new List<FieldError>();
        foreach (var (linkId, text) in typed.Values)
        {
            if (text.Length == 0)
            {
                continue;
            }
            if (Number(text) is { } value)
            {
                answers.Add(new AnswerRequest(linkId, value));
            }
            else
            {
                errors.Add(new FieldError(linkId, FormScoring.NotANumberKey));
            }
        }
        return (answers, errors);
    }

    /// <summary>A decimal number with a comma or a point; null when it is not one.</summary>
    public static double? Number(string text)
    {
        var normal = text.Trim().Replace(',', '.');
        return double.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) ? value : null;
    }

    /// <summary>How a score is shown: one decimal at most, in the reader's language (7,3 in Norwegian).</summary>
    public static string Show(double value) => value.ToString("0.#", CultureInfo.CurrentCulture);
}
