using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Strategies;

/// <summary>/api/v1/guide/strategies: the grid, and the signed-in employee's own marks. No endpoint reads anyone else's.</summary>
internal static class StrategiesApi
{
    public static void MapStrategies(this IEndpointRouteBuilder api)
    {
        var strategies = api.MapGroup("/guide/strategies").RequireAuthorization(Policies.Employee);

        strategies.MapGet("/", async (ClaimsPrincipal user, StrategyMarks marks) => TypedResults.Ok(await marks.AllAsync(user)))
            .WithSummary("Every strategy of the grid (key, resource, row, wording in both languages), each with \"marked\" for the signed-in employee.");

        strategies.MapPut("/{key}/mark", async (string key, ClaimsPrincipal user, StrategyMarks marks, IStringLocalizer<Texts> texts) =>
                (await marks.MarkAsync(user, key)).ToOk(texts))
            .WithSummary("Marks a strategy I want to practise. Marking twice is the same as once; an unknown key gets 404.");

        strategies.MapDelete("/{key}/mark", async (string key, ClaimsPrincipal user, StrategyMarks marks, IStringLocalizer<Texts> texts) =>
                (await marks.UnmarkAsync(user, key)).ToOk(texts))
            .WithSummary("Removes my mark from a strategy; an unknown key gets 404.");
    }
}
