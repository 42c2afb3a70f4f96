using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Goals;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Modules.Plans.Proposals;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.StaffPlan;

/// <summary>
/// /api/v1/persons/{id}/plan: staff with a care relation read all of it; a relative reads the parts shared
/// with them (403 for another part). Anyone else gets 404. Every read here is logged.
/// </summary>
internal static class PersonPlanApi
{
    public static void MapPersonPlan(this IEndpointRouteBuilder api)
    {
        var plan = api.MapGroup("/persons/{id:guid}/plan");

        plan.MapGet("/", (Guid id, ClaimsPrincipal user, PlanDoor door, PlanQuery query, IStringLocalizer<Texts> texts) =>
                ReadAsync(door.OpenAsync(user, id, PersonOperation.Read), query, texts))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("The person's plan: everything for staff with a care relation, only the shared parts for a relative.");

        foreach (var part in PlanParts.All)
        {
            plan.MapGet("/" + part, (Guid id, ClaimsPrincipal user, PlanDoor door, PlanQuery query, IStringLocalizer<Texts> texts) =>
                    ReadAsync(door.OpenAsync(user, id, PersonOperation.Read, part), query, texts))
                .RequireAuthorization(Policies.SignedIn)
                .WithSummary($"One part of the plan ({part}); a relative the part is not shared with gets 403.");
        }

        plan.MapPost("/goals", async (Guid id, GoalRequest? request, ClaimsPrincipal user, ProposalCommands command, IStringLocalizer<Texts> texts) =>
                (await command.ProposeAsync(user, id, request)).ToCreated(texts))
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary("Suggests a goal { title, description, whoHelps }. It becomes the person's goal only if they accept it.");

        plan.MapPost("/goals/{goalId:guid}/steps", async (Guid id, Guid goalId, StepRequest? request, ClaimsPrincipal user, StepCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddForAsync(user, id, goalId, request)).ToCreated(texts))
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary("Adds a small step { text, dueDate, done } to one of the person's goals, shown with my name.");
    }

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> ReadAsync(Task<PlanOpening> opening, PlanQuery query, IStringLocalizer<Texts> texts)
    {
        var opened = await opening;
        return opened.IsOpen ? TypedResults.Ok(await query.ReadAsync(opened)) : opened.Closed(texts);
    }
}
