using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey.Answer;

/// <summary>Each answer must fit its question (a score 1–5, yes or no, or at most 2000 characters); at least one question answered.</summary>
internal static class SurveyAnswerRules
{
    public static (List<SurveyResponseItem> Items, Refusal? Refusal) Check(IReadOnlyList<SurveyQuestion> questions, AnswerRequest? request)
    {
        var errors = new List<FieldError>();
        var items = new List<SurveyResponseItem>();
        var byNumber = questions.ToDictionary(q => q.Number);
        foreach (var answer in request?.Answers ?? [])
        {
            if (answer is null)
            {
                continue;
            }
            var field = $"answers[{answer.Number}]";
            if (!byNumber.TryGetValue(answer.Number, out var question))
            {
                errors.Add(new FieldError("answers", "Implementation.Survey.Error.UnknownQuestion", answer.Number));
                continue;
            }
            if (items.Any(i => i.Number == answer.Number))
            {
                errors.Add(new FieldError(field, "Implementation.Survey.Error.Twice"));
                continue;
            }
            var text = InputRules.Clean(answer.Text);
            var item = question.Kind switch
            {
                QuestionKind.Scale when answer.Score is null && answer.Yes is null && text.Length == 0 => null,
                QuestionKind.Scale when answer.Score is >= 1 and <= 5 && answer.Yes is null && text.Length == 0 => new SurveyResponseItem { Number = answer.Number, Score = answer.Score },
                QuestionKind.YesNo when answer.Score is null && text.Length == 0 => answer.Yes is null ? null : new SurveyResponseItem { Number = answer.Number, Yes = answer.Yes },
                QuestionKind.FreeText when answer.Score is null && answer.Yes is null => text.Length == 0 ? null : new SurveyResponseItem { Number = answer.Number, Text = text },
                _ => Wrong(errors, field, question.Kind),
            };
            if (question.Kind == QuestionKind.FreeText && text.Length > SurveyLimits.Answer)
            {
                InputRules.AtMost(errors, field, text, SurveyLimits.Answer);
                continue;
            }
            if (item is not null)
            {
                items.Add(item);
            }
        }
        if (errors.Count == 0 && items.Count == 0)
        {
            errors.Add(new FieldError("answers", "Implementation.Survey.Error.NoAnswer"));
        }
        return errors.Count > 0 ? ([], InputRules.Invalid(errors)) : (items, null);
    }

    private static SurveyResponseItem? Wrong(List<FieldError> errors, string field, QuestionKind kind)
    {
        errors.Add(new FieldError(field, "Implementation.Survey.Error.Answer." + kind));
        return null;
    }
}
