using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Community.Foundation.Endorsements;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Foundation;

/// <summary>/api/v1/foundation/endorsements: who endorses the value foundation; anyone asks to; the administrator decides.</summary>
internal static class FoundationApi
{
    public static void MapFoundation(this IEndpointRouteBuilder api)
    {
        var endorsements = api.MapGroup("/foundation/endorsements");

        endorsements.MapGet("/", async (EndorsementCommands commands) => TypedResults.Ok(await commands.ApprovedAsync()))
            .AllowAnonymous()
            .WithSummary("Organisations that endorse the value foundation, with the date they joined (approved ones only).");

        endorsements.MapPost("/", async Task<Results<Created<EndorsementReceipt>, ProblemHttpResult>> (EndorsementAsk? request, HttpContext http, EndorsementCommands commands, IStringLocalizer<Texts> texts) =>
            {
                var answer = await commands.AskAsync(request, http.Connection.RemoteIpAddress);
                return answer.TooMany
                    ? TypedResults.Problem(title: texts["Community.Foundation.Error.TooMany"], statusCode: StatusCodes.Status429TooManyRequests)
                    : answer.Outcome.ToCreated(texts);
            })
            .AllowAnonymous()
            .WithSummary("Asks to endorse: { organisationName, email, contactPerson?, message? }. Listed only once approved. A few requests an hour per address, then 429.");

        var admin = endorsements.MapGroup("/requests").RequireAuthorization(Policies.TenantAdmin);

        admin.MapGet("/", async (EndorsementCommands commands) => TypedResults.Ok(await commands.AllAsync()))
            .WithSummary("Every request with its contact details: waiting first, then decided ones.");

        admin.MapPost("/{id:guid}/approve", async (Guid id, EndorsementDecisionRequest? request, ClaimsPrincipal user, EndorsementCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.ApproveAsync(user, id, request)).ToOk(texts))
            .WithSummary("Approves a waiting request: the organisation is listed from today. { version? }; already decided: 409.");

        admin.MapPost("/{id:guid}/decline", async (Guid id, EndorsementDecisionRequest? request, ClaimsPrincipal user, EndorsementCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.DeclineAsync(user, id, request)).ToOk(texts))
            .WithSummary("Declines a waiting request; it is never listed. { version? }; already decided: 409.");
    }
}
