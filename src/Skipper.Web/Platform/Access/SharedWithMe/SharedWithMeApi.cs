using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Access.SharedWithMe;

internal sealed record SharedPerson(Guid PersonId, string DisplayName, IReadOnlyList<string> Scopes, DateTimeOffset SharedAt);

internal static class SharedWithMeApi
{
    public static void MapSharedWithMe(this IEndpointRouteBuilder api) =>
        api.MapGet("/me/shared-with-me", async (ClaimsPrincipal user, AppDbContext db, IAuditLog audit) =>
            {
                var userId = user.UserId();
                var shares = await db.RelativeShares.AsNoTracking()
                    .Where(s => s.RelativeUserId == userId && s.WithdrawnAt == null)
                    .Join(db.Persons, s => s.PersonId, p => p.Id, (s, p) => new { p.Id, p.DisplayName, s.Scopes, s.SharedAt })
                    .ToListAsync();
                var shared = shares
                    .Select(s => new SharedPerson(s.Id, s.DisplayName, s.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), s.SharedAt))
                    .ToList();
                if (shared.Count > 0)
                {
                    await audit.RecordAsync(user, new AuditEntry(AuditActions.ListView, "shared-with-me", shared.Select(s => s.PersonId).ToList()));
                }
                return TypedResults.Ok(shared);
            })
            .RequireAuthorization(Policies.Relative)
            .WithSummary("For a relative: the persons who share parts of their plan with me, and which parts.");
}
