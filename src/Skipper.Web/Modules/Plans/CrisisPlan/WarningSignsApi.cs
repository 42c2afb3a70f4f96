using Skipper.Web.Platform.Onboarding;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.CrisisPlan;

/// <summary>PUT /api/v1/me/plan/warning-signs: only the person writes; staff and relatives read it through GET.</summary>
internal static class WarningSignsApi
{
    public static void MapWarningSigns(this IEndpointRouteBuilder api)
    {
        api.MapPut("/me/plan/warning-signs", async (WarningSignsRequest? request, ClaimsPrincipal user, SaveWarningSigns command, IStringLocalizer<Texts> texts) =>
                (await command.SaveAsync(user, request)).ToOk(texts))
            .RequireAuthorization(Policies.Person)
            .WithSummary("Saves { earlySigns, whatIDo, whatOthersDo, whoToCall, crisisNumbers, version } (at most 4000 characters each). An old version gets 409 with the newer text.");
    }
}
