using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Implementation.Survey.Answer;
using Skipper.Web.Modules.Implementation.Survey.Write;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Export;
using Skipper.Web.Platform.Home;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey;

/// <summary>User surveys made with users: the department writes, opens and closes; its persons answer anonymously.</summary>
internal static class SurveyApi
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddScoped<SurveyQuery>();
        services.AddScoped<SurveyCommands>();
        services.AddScoped<MySurveys>();
        services.AddScoped<IHomeReminder, SurveyReminder>();
        services.AddExportSection<SurveyExportSection>();
        return services;
    }

    public static void MapSurveys(this IEndpointRouteBuilder api)
    {
        var surveys = api.MapGroup("/departments/{id:guid}/surveys").RequireAuthorization(Policies.RecoveryWork);
        surveys.MapGet("", async (Guid id, ClaimsPrincipal user, SurveyQuery query, IStringLocalizer<Texts> texts) =>
                (await query.ListAsync(user, id)).ToOk(texts))
            .WithSummary("The department's surveys, newest first, with how many were asked and how many answered (hidden while 1–4).");

        surveys.MapPost("", async (Guid id, SurveyRequest? request, ClaimsPrincipal user, SurveyCommands command, IStringLocalizer<Texts> texts) =>
                (await command.CreateAsync(user, id, request)).ToCreated(texts))
            .WithSummary("Writes a draft: { title, intro, writtenWith, questions: [{ text, kind: scale|yesNo|freeText, lowLabel, highLabel }] } (1–15 questions).");

        surveys.MapPost("/{surveyId:guid}/open", async (Guid id, Guid surveyId, ClaimsPrincipal user, SurveyCommands command, IStringLocalizer<Texts> texts) =>
                (await command.OpenAsync(user, id, surveyId)).ToOk(texts))
            .WithSummary("Opens a draft: every person of the department with an account now is asked (the number is kept).");

        surveys.MapPost("/{surveyId:guid}/close", async (Guid id, Guid surveyId, ClaimsPrincipal user, SurveyCommands command, IStringLocalizer<Texts> texts) =>
                (await command.CloseAsync(user, id, surveyId)).ToOk(texts))
            .WithSummary("Closes an open survey: no more answers; the results can be read.");

        surveys.MapGet("/{surveyId:guid}/results", async (Guid id, Guid surveyId, ClaimsPrincipal user, SurveyQuery query, IStringLocalizer<Texts> texts) =>
                (await query.ResultsAsync(user, id, surveyId)).ToOk(texts))
            .WithSummary("Response rate, and once closed with at least 5 answers: per question the counts (cells of 1–4 and their complement hidden), means and free texts.");

        var mine = api.MapGroup("/me/surveys").RequireAuthorization(Policies.Person);
        mine.MapGet("", async (ClaimsPrincipal user, MySurveys surveys, CancellationToken cancellationToken) =>
                TypedResults.Ok(await surveys.OpenAsync(user, cancellationToken)))
            .WithSummary("Open surveys I was asked to answer, and whether I have.");

        mine.MapPost("/{surveyId:guid}/answers", async (Guid surveyId, AnswerRequest? request, ClaimsPrincipal user, MySurveys surveys, IStringLocalizer<Texts> texts) =>
                (await surveys.AnswerAsync(user, surveyId, request)).ToCreated(texts))
            .WithSummary("Answers once, anonymously: { answers: [{ number, score | yes | text }] }. A closed survey or a second answer gets 409.");
    }
}
