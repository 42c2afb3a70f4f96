using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey.Write;

/// <summary>What a survey must hold before it is stored: a title, who wrote it with us, and 1–15 clear questions.</summary>
internal static class SurveyDraftRules
{
    public static (UserSurvey? Survey, Refusal? Refusal) Check(SurveyRequest? request)
    {
        var errors = new List<FieldError>();
        var title = InputRules.Clean(request?.Title);
        InputRules.Required(errors, "title", title);
        InputRules.AtMost(errors, "title", title, SurveyLimits.Title);
        var intro = InputRules.Clean(request?.Intro);
        InputRules.AtMost(errors, "intro", intro, SurveyLimits.Intro);
        var writtenWith = InputRules.Clean(request?.WrittenWith);
        InputRules.Required(errors, "writtenWith", writtenWith);
        InputRules.AtMost(errors, "writtenWith", writtenWith, SurveyLimits.WrittenWith);

        var questions = new List<SurveyQuestion>();
        var sent = request?.Questions ?? [];
        for (var i = 0; i < sent.Count; i++)
        {
            if (Question(errors, $"questions[{i}]", sent[i], questions.Count + 1) is { } question)
            {
                questions.Add(question);
            }
        }
        if (questions.Count == 0 && !errors.Any(e => e.Field.StartsWith("questions[", StringComparison.Ordinal)))
        {
            errors.Add(new FieldError("questions", "Implementation.Survey.Error.NoQuestions"));
        }
        if (questions.Count > SurveyLimits.MaxQuestions)
        {
            errors.Add(new FieldError("questions", "Implementation.Survey.Error.TooManyQuestions", SurveyLimits.MaxQuestions));
        }
        if (errors.Count > 0)
        {
            return (null, InputRules.Invalid(errors));
        }
        return (new UserSurvey { Title = title, Intro = intro, WrittenWith = writtenWith, CreatedBy = "", Questions = questions }, null);
    }

    /// <summary>One question, or null for a row left empty (forms offer more rows than are used).</summary>
    private static SurveyQuestion? Question(List<FieldError> errors, string field, QuestionRequest? sent, int number)
    {
        var text = InputRules.Clean(sent?.Text);
        var low = InputRules.Clean(sent?.LowLabel);
        var high = InputRules.Clean(sent?.HighLabel);
        if (text.Length == 0 && low.Length == 0 && high.Length == 0)
        {
            return null;
        }
        var before = errors.Count;
        InputRules.Required(errors, field + ".text", text);
        InputRules.AtMost(errors, field + ".text", text, SurveyLimits.Question);
        if (!EnumNames.TryParse<QuestionKind>(sent?.Kind, out var kind))
        {
            errors.Add(new FieldError(field + ".kind", "Implementation.Survey.Error.Kind"));
        }
        else if (kind == QuestionKind.Scale)
        {
            foreach (var (name, label) in new[] { (".lowLabel", low), (".highLabel", high) })
            {
                if (label.Length == 0)
                {
                    errors.Add(new FieldError(field + name, "Implementation.Survey.Error.Label"));
                }
                InputRules.AtMost(errors, field + name, label, SurveyLimits.Label);
            }
        }
        if (errors.Count > before)
        {
            return null;
        }
        var scale = kind == QuestionKind.Scale;
        return new SurveyQuestion { Number = number, Text = text, Kind = kind, LowLabel = scale ? low : null, HighLabel = scale ? high : null };
    }
}
