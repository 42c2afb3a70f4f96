using Skipper.Web.Platform.Onboarding;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.Values;

/// <summary>/api/v1/me/plan/values: the person's values exercise.</summary>
internal static class ValuesApi
{
    public static void MapMyValues(this IEndpointRouteBuilder api) =>
        api.MapPut("/me/plan/values", async (ValuesRequest? request, ClaimsPrincipal user, SaveValues command, IStringLocalizer<Texts> texts) =>
                (await command.SaveAsync(user, request)).ToOk(texts))
            .RequireAuthorization(Policies.Person)
            .WithSummary("Saves { chosen: [up to 10 names], kept: [up to 5 of the chosen], reflection, version }. Names at most 100 characters, no name twice. An old version gets 409.");
}
