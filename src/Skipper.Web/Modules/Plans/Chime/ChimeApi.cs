using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.Chime;

/// <summary>/api/v1/me/plan/chime: my words for each CHIME element, and my 1–5 ratings over time.</summary>
internal static class ChimeApi
{
    public static void MapMyChime(this IEndpointRouteBuilder api)
    {
        var chime = api.MapGroup("/me/plan/chime").RequireAuthorization(Policies.Person);

        chime.MapPost("/ratings", async (ChimeRatingsRequest? request, ClaimsPrincipal user, ChimeCommands command, IStringLocalizer<Texts> texts) =>
                (await command.RateAsync(user, request)).ToCreated(texts))
            .WithSummary("Rates some or all elements now: { ratings: { \"connectedness\": 3, \"hope\": 4 } }, each 1–5. One round shares one time.");

        chime.MapPut("/{element}", async (string element, ChimeNoteRequest? request, ClaimsPrincipal user, ChimeCommands command, IStringLocalizer<Texts> texts) =>
                (await command.SaveNoteAsync(user, element, request)).ToOk(texts))
            .WithSummary("Saves what one element (connectedness, hope, identity, meaning, empowerment) means to me: { text, version }. An old version gets 409.");
    }
}
