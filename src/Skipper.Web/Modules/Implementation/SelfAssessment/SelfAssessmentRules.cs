using Skipper.Web.Modules.Implementation.SelfAssessment.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.SelfAssessment;

internal sealed record CleanAssessment(DateOnly AssessedOn, IReadOnlyList<(string Key, int Value, string Comment)> Answers);

/// <summary>Every statement answered 1–4, no statement we do not know, a real date that is not in the future.</summary>
internal static class SelfAssessmentRules
{
    public const int FirstYear = 2000;

    public static string AnswerField(string key) => "answers." + key;

    public static string CommentField(string key) => "comments." + key;

    public static (CleanAssessment Clean, Refusal? Refusal) Check(SelfAssessmentRequest? request, IReadOnlyList<ChecklistStatement> statements, DateOnly today)
    {
        var errors = new List<FieldError>();
        var assessedOn = AssessedOn(errors, request?.AssessedOn, today);
        var answers = request?.Answers ?? new Dictionary<string, int?>();
        var comments = request?.Comments ?? new Dictionary<string, string?>();
        var known = statements.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in answers.Keys.Concat(comments.Keys).Where(k => !known.Contains(k)).Distinct())
        {
            errors.Add(new FieldError("answers", "Implementation.SelfAssessment.Error.Unknown", unknown.Length > 40 ? unknown[..40] : unknown));
        }
        var clean = new List<(string, int, string)>();
        foreach (var statement in statements)
        {
            var comment = InputRules.Clean(comments.GetValueOrDefault(statement.Key));
            InputRules.AtMost(errors, CommentField(statement.Key), comment, SelfAssessmentLimits.Comment);
            var value = answers.GetValueOrDefault(statement.Key);
            if (value is null)
            {
                errors.Add(new FieldError(AnswerField(statement.Key), "Implementation.SelfAssessment.Error.Missing"));
            }
            else if (value is < AnswerScale.Lowest or > AnswerScale.Highest)
            {
                errors.Add(new FieldError(AnswerField(statement.Key), "Implementation.SelfAssessment.Error.Value"));
            }
            else
            {
                clean.Add((statement.Key, value.Value, comment));
            }
        }
        return (new CleanAssessment(assessedOn, clean), errors.Count > 0 ? InputRules.Invalid(errors) : null);
    }

    private static DateOnly AssessedOn(List<FieldError> errors, string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError("assessedOn", "Implementation.SelfAssessment.Error.DateRequired"));
            return today;
        }
        var before = errors.Count;
        var date = InputRules.Date(errors, "assessedOn", value) ?? today;
        if (errors.Count > before)
        {
            return today;
        }
        if (date > today)
        {
            errors.Add(new FieldError("assessedOn", "Implementation.SelfAssessment.Error.Future"));
        }
        else if (date.Year < FirstYear)
        {
            errors.Add(new FieldError("assessedOn", "Implementation.SelfAssessment.Error.TooOld"));
        }
        return date;
    }
}
