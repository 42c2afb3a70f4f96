using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>/api/v1/guide/network: the recovery contacts' network. Contacts, leaders and the administrator read; contacts write.</summary>
internal static class NetworkApi
{
    public static void MapNetwork(this IEndpointRouteBuilder api)
    {
        api.MapGet("/guide/network", async (ClaimsPrincipal user, NetworkQuery query) => TypedResults.Ok(await query.ReadAsync(user)))
            .RequireAuthorization(Policies.ReadNetwork)
            .WithSummary("Recovery contacts by department (and those without one), gatherings newest first, and the reminder: due when the previous quarter had no gathering and none is held yet this quarter, or none was ever held.");

        var gatherings = api.MapGroup("/guide/network/gatherings").RequireAuthorization(Policies.RecoveryContact);

        gatherings.MapPost("/", async (GatheringRequest? request, ClaimsPrincipal user, GatheringCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.AddAsync(user, request)).ToCreated(texts))
            .WithSummary("Adds a gathering: { heldOn: yyyy-mm-dd (past, or up to a year ahead), agenda, attendees: [account ids], notes } (texts at most 4000 characters).");

        gatherings.MapPut("/{id:guid}", async (Guid id, GatheringRequest? request, ClaimsPrincipal user, GatheringCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.UpdateAsync(user, id, request)).Outcome.ToOk(texts))
            .WithSummary("Changes a gathering: the same fields and the version it was read at. An old version gets 409.");
    }
}
