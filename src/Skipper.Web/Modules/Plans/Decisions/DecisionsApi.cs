using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.Decisions;

/// <summary>Shared decisions (samvalg): the person's own routes under /me/plan, staff's under /persons/{id}/plan. No deletes.</summary>
internal static class DecisionsApi
{
    private const string Shape = "{ question (required, at most 500), options, whatMattersToMe, choice (at most 4000 each), reviewOn (yyyy-mm-dd) }";

    public static void MapDecisions(this IEndpointRouteBuilder api)
    {
        api.MapPost("/me/plan/decisions", async (DecisionRequest? request, ClaimsPrincipal user, DecisionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddOwnAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(Policies.Person)
            .WithSummary($"Adds a shared decision {Shape}.");

        api.MapPut("/me/plan/decisions/{decisionId:guid}", async (Guid decisionId, DecisionRequest? request, ClaimsPrincipal user, DecisionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateOwnAsync(user, decisionId, request)).ToOk(texts))
            .RequireAuthorization(Policies.Person)
            .WithSummary("Changes a shared decision in my plan, with its version. An old version gets 409 with the newer entry.");

        api.MapPost("/persons/{id:guid}/plan/decisions", async (Guid id, DecisionRequest? request, ClaimsPrincipal user, DecisionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddForAsync(user, id, request)).ToCreated(texts))
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary($"Adds a shared decision with the person {Shape}, shown with my name. Without a care relation: 404.");

        api.MapPut("/persons/{id:guid}/plan/decisions/{decisionId:guid}", async (Guid id, Guid decisionId, DecisionRequest? request, ClaimsPrincipal user, DecisionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateForAsync(user, id, decisionId, request)).ToOk(texts))
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary("Changes a shared decision written by staff (403 for one the person wrote). An old version gets 409.");
    }
}
