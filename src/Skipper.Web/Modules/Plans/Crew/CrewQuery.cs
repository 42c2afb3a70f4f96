using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Plans.Crew;

/// <summary>
/// Reads a person's crew. The caller has opened the person's own plan; staff come from care relations
/// (shown automatically), relatives from the person's shares, withdrawn ones too as history.
/// </summary>
public sealed class CrewQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>Active care relations only, unless the export asks for the ended ones as well.</summary>
    public async Task<CrewView> ReadAsync(Guid personId, bool includeEndedRelations = false)
    {
        var now = clock.GetUtcNow();
        var relations = (await db.CareRelations.AsNoTracking().Where(r => r.PersonId == personId && r.StartsAt <= now).ToListAsync())
            .Where(r => includeEndedRelations || r.IsActiveAt(now))
            .ToList();
        var shares = await db.RelativeShares.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync();
        var userIds = relations.Select(r => r.StaffUserId).Concat(shares.Select(s => s.RelativeUserId)).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, SignedUp = u.PasswordHash != null })
            .ToDictionaryAsync(u => u.Id);
        var roles = (await db.UserRoles.AsNoTracking()
                .Where(ur => userIds.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name ?? "");

        var staff = relations
            .Where(r => users.ContainsKey(r.StaffUserId))
            .Select(r => new CrewStaffView(
                users[r.StaffUserId].DisplayName, RoleOf(roles[r.StaffUserId]), r.IsCoordinator, r.StartsAt,
                r.IsActiveAt(now) ? null : r.EndsAt))
            .OrderBy(s => s.Until is not null)
            .ThenByDescending(s => s.IsCoordinator)
            .ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
        var relatives = shares
            .Where(s => users.ContainsKey(s.RelativeUserId))
            .Select(s => CrewRelativeView.From(s, users[s.RelativeUserId].DisplayName, users[s.RelativeUserId].Email ?? "", users[s.RelativeUserId].SignedUp))
            .ToList();
        // Active shares in the order they were made; withdrawn ones after them, the latest first.
        var ordered = relatives.Where(r => r.IsActive).OrderBy(r => r.SharedAt)
            .Concat(relatives.Where(r => !r.IsActive).OrderByDescending(r => r.WithdrawnAt))
            .ToList();
        return new CrewView(staff, ordered);
    }

    /// <summary>The role a staff member serves in: a care role if they have one.</summary>
    private static string RoleOf(IEnumerable<string> roles)
    {
        var names = roles.ToList();
        return Roles.CareStaff.FirstOrDefault(names.Contains) ?? Roles.All.FirstOrDefault(names.Contains) ?? Roles.Staff;
    }
}
