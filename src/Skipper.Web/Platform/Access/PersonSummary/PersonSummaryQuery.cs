using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Access.PersonSummary;

public sealed record CrewMember(Guid StaffUserId, string Name, string Role, bool IsCoordinator, DateTimeOffset Since);

public sealed record PersonSummaryView(Guid Id, string DisplayName, string? Department, PersonAccessVia Access, IReadOnlyList<CrewMember> ResponsibilityGroup);

/// <summary>Who the person is and who serves them (the responsibility group), through the person gate.</summary>
public sealed class PersonSummaryQuery(AppDbContext db, PersonGate gate, TimeProvider clock)
{
    public async Task<(GateResult Gate, PersonSummaryView? View)> FindAsync(ClaimsPrincipal user, Guid personId)
    {
        var opened = await gate.OpenAsync(user, personId, PersonOperation.Read, "person");
        if (!opened.IsOpen)
        {
            return (opened, null);
        }
        var person = opened.Person!;
        var now = clock.GetUtcNow();
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == person.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync();
        var relations = await db.CareRelations.AsNoTracking()
            .Where(r => r.PersonId == personId && r.StartsAt <= now && (r.EndsAt == null || r.EndsAt > now))
            .Join(db.Users, r => r.StaffUserId, u => u.Id, (r, u) => new { r.StaffUserId, u.DisplayName, r.IsCoordinator, r.StartsAt })
            .ToListAsync();
        var staffIds = relations.Select(r => r.StaffUserId).ToList();
        var roles = await db.UserRoles.Where(ur => staffIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var crew = relations
            .Select(r => new CrewMember(r.StaffUserId, r.DisplayName, roles.FirstOrDefault(x => x.UserId == r.StaffUserId)?.Name ?? "", r.IsCoordinator, r.StartsAt))
            .OrderByDescending(c => c.IsCoordinator).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return (opened, new PersonSummaryView(person.Id, person.DisplayName, department, opened.Via, crew));
    }
}
