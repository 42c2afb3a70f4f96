using System.Security.Claims;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Access.Caseload;

internal static class CaseloadApi
{
    public static void MapCaseload(this IEndpointRouteBuilder api) =>
        api.MapGet("/caseload", async (ClaimsPrincipal user, CaseloadQuery query, CancellationToken cancellationToken) =>
            TypedResults.Ok(await query.ForAsync(user, cancellationToken)))
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary("The persons the signed-in staff member serves now. Logged as one list view. Each entry's columns hold the modules' columns, e.g. plan: lastChangedAt, lastChangedBy, reviewDue.");
}
