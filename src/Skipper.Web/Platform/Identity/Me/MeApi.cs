using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Identity.Me;

internal static class MeApi
{
    public static void MapMe(this IEndpointRouteBuilder api) =>
        api.MapGet("/me", async Task<Results<Ok<MeView>, NotFound>> (ClaimsPrincipal user, MeQuery query) =>
                user.UserId() is { } id && await query.FindAsync(id) is { } me ? TypedResults.Ok(me) : TypedResults.NotFound())
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("The signed-in user: id, roles, tenant, department and, for a person in recovery, personId.");
}
