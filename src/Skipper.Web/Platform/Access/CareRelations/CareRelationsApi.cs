using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Access.CareRelations;

internal static class CareRelationsApi
{
    public static void MapCareRelations(this IEndpointRouteBuilder api)
    {
        var relations = api.MapGroup("/departments/{departmentId:guid}/care-relations").RequireAuthorization(Policies.ManageCareRelations);

        relations.MapGet("/", async Task<Results<Ok<IReadOnlyList<CareRelationView>>, ProblemHttpResult>> (
                Guid departmentId, ClaimsPrincipal user, CareRelationCommands commands, CareRelationsQuery query, IStringLocalizer<Texts> texts) =>
            {
                var (outcome, department) = await commands.DepartmentAsync(user, departmentId);
                return department is null ? Problem(outcome, texts) : TypedResults.Ok(await query.ListAsync(user, department));
            })
            .WithSummary("The department's current and coming care relations. Logged as one list view.");

        relations.MapPost("/", async Task<Results<Created<CareRelationView>, ProblemHttpResult>> (
                Guid departmentId, StartRequest? request, ClaimsPrincipal user, CareRelationCommands commands, IStringLocalizer<Texts> texts) =>
            {
                if (request?.PersonId is not { } personId || request.StaffUserId is not { } staffId)
                {
                    return TypedResults.Problem(title: texts["Care.Error.Missing"], statusCode: 400);
                }
                var (outcome, relation) = await commands.StartAsync(user, departmentId,
                    new StartCareRelation(personId, staffId, request.IsCoordinator ?? false, request.StartsAt));
                return relation is null
                    ? Problem(outcome, texts)
                    : TypedResults.Created($"/api/v1/departments/{departmentId}/care-relations/{relation.Id}",
                        new CareRelationView(relation.Id, relation.PersonId, "", relation.StaffUserId, "", relation.IsCoordinator, relation.StartsAt, relation.EndsAt));
            })
            .WithSummary("Starts a care relation between a person and a staff member of the department.");

        relations.MapDelete("/{relationId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid departmentId, Guid relationId, ClaimsPrincipal user, CareRelationCommands commands, IStringLocalizer<Texts> texts) =>
                await commands.EndAsync(user, departmentId, relationId, null) is var outcome && outcome == CareOutcome.Done
                    ? TypedResults.NoContent()
                    : Problem(outcome, texts))
            .WithSummary("Ends a care relation now: the staff member loses access from the next request.");

        relations.MapPatch("/{relationId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid departmentId, Guid relationId, EndRequest? request, ClaimsPrincipal user, CareRelationCommands commands, IStringLocalizer<Texts> texts) =>
            {
                if (request?.EndsAt is not { } endsAt)
                {
                    return TypedResults.Problem(title: texts["Care.Error.MissingEnd"], statusCode: 400);
                }
                var outcome = await commands.EndAsync(user, departmentId, relationId, endsAt);
                return outcome == CareOutcome.Done ? TypedResults.NoContent() : Problem(outcome, texts);
            })
            .WithSummary("Sets when a care relation ends ({ endsAt }).");
    }

    private static ProblemHttpResult Problem(CareOutcome outcome, IStringLocalizer<Texts> texts) =>
        TypedResults.Problem(title: texts[CareRelationCommands.MessageKey(outcome)], statusCode: CareRelationCommands.StatusOf(outcome));

    internal sealed record StartRequest(Guid? PersonId, Guid? StaffUserId, bool? IsCoordinator, DateTimeOffset? StartsAt);

    internal sealed record EndRequest(DateTimeOffset? EndsAt);
}
