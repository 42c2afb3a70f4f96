using System.Security.Claims;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Progress;

/// <summary>/api/v1/guide/progress: what the signed-in employee has done in the guide.</summary>
internal static class MyProgressApi
{
    public static void MapMyProgress(this IEndpointRouteBuilder api) =>
        api.MapGet("/guide/progress", async (ClaimsPrincipal user, MyProgress progress) => TypedResults.Ok(await progress.ReadAsync(user)))
            .RequireAuthorization(Policies.Employee)
            .WithSummary("My progress: { valuesRounds: [{ number, startedAt, completedAt }], chime: { updatedAt, completedAt } or null, strategiesMarked, reflectionSessionsLogged, latestReflectionSession, ethicsReflectionsWritten, latestEthicsReflection }.");
}
