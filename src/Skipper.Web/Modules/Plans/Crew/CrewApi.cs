using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Crew;

/// <summary>A new share as the API answers it: the sign-up link only when a new account was made, and only here.</summary>
internal sealed record InvitedRelativeView(
    CrewRelativeView Share,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SignUpUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? SignUpExpiresAt);

/// <summary>/api/v1/me/plan/crew: my responsibility group, and the relatives I share my plan with.</summary>
internal static class CrewApi
{
    public static void MapCrew(this IEndpointRouteBuilder api)
    {
        var crew = api.MapGroup("/me/plan/crew").RequireAuthorization(Policies.Person);

        crew.MapGet("/", async Task<Results<Ok<CrewView>, ProblemHttpResult>> (ClaimsPrincipal user, PlanDoor door, CrewQuery query, IStringLocalizer<Texts> texts) =>
            {
                var opened = await door.OpenOwnAsync(user, PersonOperation.Read);
                return opened.IsOpen ? TypedResults.Ok(await query.ReadAsync(opened.PersonId)) : opened.Closed(texts);
            })
            .WithSummary("My crew: staff with an active care relation (the coordinator marked), and every relative I share with, withdrawn shares too.");

        crew.MapPost("/relatives", async Task<Results<Created<InvitedRelativeView>, ProblemHttpResult>> (
                InviteRequest? request, ClaimsPrincipal user, CrewCommands commands, HttpRequest http, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await commands.InviteAsync(user, request);
                if (!outcome.Succeeded)
                {
                    return outcome.Refusal.ToProblem(texts);
                }
                var (share, link) = outcome.Value;
                return TypedResults.Created($"{http.PathBase}{http.Path}/{share.ShareId}", new InvitedRelativeView(share, link?.UrlOn(http), link?.ExpiresAt));
            })
            .WithSummary("Shares parts of my plan { name, email, parts: [\"goals\", ...] } with a relative. A new relative account gets a one-time signUpUrl (valid 7 days) to pass on; an existing relative account in my municipality is shared with directly.");

        crew.MapPut("/relatives/{shareId:guid}", async (Guid shareId, PartsRequest? request, ClaimsPrincipal user, CrewCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.ChangePartsAsync(user, shareId, request)).ToOk(texts))
            .WithSummary("Changes which parts { parts: [...] } a relative sees, from their next request on.");

        crew.MapDelete("/relatives/{shareId:guid}", async (Guid shareId, ClaimsPrincipal user, CrewCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.WithdrawAsync(user, shareId)).ToOk(texts))
            .WithSummary("Withdraws a relative's access from their next request on. The share stays in my list as withdrawn.");
    }
}
