using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Access.Emergency;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Access.PersonSummary;

internal static class PersonsApi
{
    public static void MapPersons(this IEndpointRouteBuilder api)
    {
        var persons = api.MapGroup("/persons/{id:guid}");

        persons.MapGet("/", async Task<Results<Ok<PersonSummaryView>, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, PersonSummaryQuery query, IStringLocalizer<Texts> texts) =>
            {
                var (gate, view) = await query.FindAsync(user, id);
                return view is not null ? TypedResults.Ok(view) : gate.ToProblem(texts);
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("A person and their responsibility group. Needs an active care relation or emergency access; logged.");

        persons.MapPost("/emergency-access", async Task<Results<Created<EmergencyGranted>, ProblemHttpResult>> (
                Guid id, EmergencyRequest? request, ClaimsPrincipal user, EmergencyAccessCommand command, IStringLocalizer<Texts> texts) =>
            {
                var (outcome, expires) = await command.GrantAsync(user, id, request?.Reason);
                return outcome switch
                {
                    EmergencyOutcome.Granted => TypedResults.Created($"/api/v1/persons/{id}", new EmergencyGranted(expires!.Value)),
                    EmergencyOutcome.PersonNotFound => TypedResults.Problem(title: texts["Problem.404"], statusCode: 404),
                    EmergencyOutcome.AlreadyHasAccess => TypedResults.Problem(title: texts[EmergencyAccessCommand.MessageKey(outcome)], statusCode: 409),
                    _ => TypedResults.Problem(title: texts[EmergencyAccessCommand.MessageKey(outcome)], statusCode: 400),
                };
            })
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary("Opens a person for four hours without a care relation. Needs a reason; flagged to the person.");
    }

    public static ProblemHttpResult ToProblem(this GateResult gate, IStringLocalizer<Texts> texts) =>
        gate.Status == GateStatus.NotFound
            ? TypedResults.Problem(title: texts["Problem.404"], statusCode: 404)
            : TypedResults.Problem(title: texts["Access.Forbidden"], detail: texts["Access.ForbiddenDetail"], statusCode: 403);

    internal sealed record EmergencyRequest(string? Reason);

    internal sealed record EmergencyGranted(DateTimeOffset ExpiresAt);
}
