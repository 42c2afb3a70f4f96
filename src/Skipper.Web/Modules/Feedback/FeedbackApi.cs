using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Modules.Feedback.Sessions;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback;

/// <summary>Sessions, answered forms, comments, episodes and the series: the same handlers as the pages.</summary>
internal static class FeedbackApi
{
    public static void MapFeedbackApi(this IEndpointRouteBuilder api)
    {
        var both = api.MapGroup("/").RequireAuthorization(Policies.PersonOrCareStaff);

        both.MapPost("/persons/{personId:guid}/sessions", async (Guid personId, StartSessionRequest? request, ClaimsPrincipal user, SessionCommands sessions, IStringLocalizer<Texts> texts) =>
                (await sessions.StartAsync(user, personId, request)).ToCreated(texts))
            .WithSummary("Starts a session in the person's open episode (opening one if none is open); returns its id and number. Staff may give { date } of an earlier session to type in paper forms. A session started today and still open is returned again instead of a second one.");

        both.MapPost("/sessions/{sessionId:guid}/responses", async (Guid sessionId, ResponseRequest? request, ClaimsPrincipal user, SubmitResponse submit, IStringLocalizer<Texts> texts) =>
                (await submit.SubmitAsync(user, sessionId, request)).ToCreated(texts))
            .WithSummary("Stores one answered form { questionnaire: code or canonical URL, answers: [{ linkId, value }] } and returns the total, change from intake, cut-off status and signals. The same form twice in a session: 409.");

        both.MapPost("/sessions/{sessionId:guid}/finish", async (Guid sessionId, ClaimsPrincipal user, SessionCommands sessions, IStringLocalizer<Texts> texts) =>
                (await sessions.FinishAsync(user, sessionId)).ToOk(texts))
            .WithSummary("Finishes a session: it takes no more answers.");

        both.MapPut("/responses/{responseId:guid}/comment", async (Guid responseId, CommentRequest? request, ClaimsPrincipal user, CommentOnResponse comment, IStringLocalizer<Texts> texts) =>
                (await comment.SaveAsync(user, responseId, request)).ToOk(texts))
            .WithSummary("The person's comment { text } on their own answer (at most 2000 characters), shown to staff beside the score. Staff: 403.");

        both.MapGet("/persons/{personId:guid}/feedback", async Task<Results<Ok<FeedbackView>, ProblemHttpResult>> (Guid personId, ClaimsPrincipal user, FeedbackDoor door, FeedbackQuery query, IStringLocalizer<Texts> texts) =>
            {
                var opened = await door.OpenAsync(user, personId, PersonOperation.Read);
                return opened.IsOpen ? TypedResults.Ok(await query.ReadAsync(opened)) : TypedResults.Problem(title: texts["Problem.404"], statusCode: StatusCodes.Status404NotFound);
            })
            .WithSummary("The person's series (per session: totals per instrument, signals), the summary (change from intake, reliable change, clinically significant change), recovery questionnaires and what is due. Staff need a care relation.");

        both.MapPost("/me/feedback/responses", async (ResponseRequest? request, ClaimsPrincipal user, SubmitResponse submit, IStringLocalizer<Texts> texts) =>
                (await submit.SubmitOwnAsync(user, request)).ToCreated(texts))
            .WithSummary("The person answers the recovery questionnaire outside a session.");

        var staff = api.MapGroup("/persons/{personId:guid}/episodes").RequireAuthorization(Policies.CareStaff);
        staff.MapPost("/", async (Guid personId, EpisodeRequest? request, ClaimsPrincipal user, EpisodeCommands episodes, IStringLocalizer<Texts> texts) =>
                (await episodes.StartAsync(user, personId, request)).ToCreated(texts))
            .WithSummary("Starts the person's next episode of care { date } (a restart); 409 while one is open.");
        staff.MapPost("/current/end", async (Guid personId, EpisodeRequest? request, ClaimsPrincipal user, EpisodeCommands episodes, IStringLocalizer<Texts> texts) =>
                (await episodes.EndAsync(user, personId, request)).ToOk(texts))
            .WithSummary("Ends the person's open episode of care { date }.");
    }
}
