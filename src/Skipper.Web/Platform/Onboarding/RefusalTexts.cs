using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Skipper.Web.Platform.Onboarding;

/// <summary>Turns a refusal into words: problem details for the API, texts for the pages.</summary>
internal static class RefusalTexts
{
    public static string Text(this IStringLocalizer texts, FieldError error) =>
        error.Argument is null ? texts[error.MessageKey] : texts[error.MessageKey, error.Argument];

    /// <summary>A problem with a Norwegian title; field errors go in "errors" as in a validation problem.</summary>
    internal static ProblemHttpResult ToProblem(this Refusal refusal, IStringLocalizer texts)
    {
        if (refusal.Fields.Count == 0)
        {
            return TypedResults.Problem(title: texts[refusal.MessageKey], statusCode: refusal.Status);
        }
        var errors = refusal.Fields
            .GroupBy(f => f.Field)
            .ToDictionary(g => g.Key, g => g.Select(texts.Text).ToArray());
        var title = refusal.Kind == RefusalKind.Invalid ? texts[refusal.MessageKey].Value : texts.Text(refusal.Fields[0]);
        return TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Status = refusal.Status });
    }

    /// <summary>200 with the value, or the refusal as a problem: what every API endpoint over a handler answers.</summary>
    internal static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome, IStringLocalizer texts)
        where T : class =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value) : outcome.Refusal.ToProblem(texts);

    /// <summary>201 with the value, or the refusal as a problem.</summary>
    internal static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Outcome<T> outcome, IStringLocalizer texts)
        where T : class =>
        outcome.Succeeded ? TypedResults.Created((string?)null, outcome.Value) : outcome.Refusal.ToProblem(texts);

    /// <summary>A problem; a conflict also carries the newer stored version, so the client can show it.</summary>
    internal static ProblemHttpResult ToProblem(this Refusal refusal, IStringLocalizer texts, object? current)
    {
        var problem = refusal.ToProblem(texts);
        if (refusal.Kind == RefusalKind.Conflict && current is not null)
        {
            problem.ProblemDetails.Detail = texts["Input.Error.ConflictDetail"];
            problem.ProblemDetails.Extensions["current"] = current;
        }
        return problem;
    }

    /// <summary>200 with the saved value, or the refusal as a problem; a conflict carries what is stored now.</summary>
    internal static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this (Outcome<T> Outcome, T? Current) saved, IStringLocalizer texts)
        where T : class =>
        saved.Outcome.Succeeded ? TypedResults.Ok(saved.Outcome.Value) : saved.Outcome.Refusal.ToProblem(texts, saved.Current);
}
