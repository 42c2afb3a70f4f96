using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Auditing.AccessLog;

internal static class AccessLogApi
{
    public static void MapAccessLog(this IEndpointRouteBuilder api) =>
        api.MapGet("/me/access-log", async Task<Results<Ok<IReadOnlyList<AccessLogEntry>>, NotFound>> (ClaimsPrincipal user, AccessLogQuery query) =>
                await query.ForPersonAsync(user) is { } entries ? TypedResults.Ok(entries) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Person)
            .WithSummary("Who opened or changed my data, in which role, when and why; emergency access is flagged.");
}
