using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Identity.Me;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access.CareRelations;

public sealed record CareRelationView(Guid Id, Guid PersonId, string PersonName, Guid StaffUserId, string StaffName, bool IsCoordinator, DateTimeOffset StartsAt, DateTimeOffset? EndsAt);

/// <summary>A department's current and coming care relations, and who can be chosen for a new one.</summary>
public sealed class CareRelationsQuery(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<CareRelationView>> ListAsync(ClaimsPrincipal user, Department department)
    {
        var now = clock.GetUtcNow();
        var relations = await db.CareRelations.AsNoTracking()
            .Where(r => r.DepartmentId == department.Id && (r.EndsAt == null || r.EndsAt > now))
            .Join(db.Persons, r => r.PersonId, p => p.Id, (r, p) => new { r, PersonName = p.DisplayName })
            .Join(db.Users, x => x.r.StaffUserId, u => u.Id, (x, u) => new CareRelationView(
                x.r.Id, x.r.PersonId, x.PersonName, x.r.StaffUserId, u.DisplayName, x.r.IsCoordinator, x.r.StartsAt, x.r.EndsAt))
            .ToListAsync();
        var sorted = relations.OrderBy(r => r.PersonName, StringComparer.Ordinal).ThenByDescending(r => r.IsCoordinator).ToList();
        if (sorted.Count > 0)
        {
            await audit.RecordAsync(user, new AuditEntry(AuditActions.ListView, $"department/{department.Id}/care-relations",
                sorted.Select(r => r.PersonId).Distinct().ToList()));
        }
        return sorted;
    }

    /// <summary>Persons of the department, and its staff who can hold care relations.</summary>
    public async Task<(IReadOnlyList<NamedRef> Persons, IReadOnlyList<NamedRef> Staff)> ChoicesAsync(Department department)
    {
        var persons = await db.Persons.AsNoTracking().Where(p => p.DepartmentId == department.Id)
            .OrderBy(p => p.DisplayName).Select(p => new NamedRef(p.Id, p.DisplayName)).ToListAsync();
        var careRoles = Roles.CareStaff.ToList();
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.TenantId == department.TenantId && u.DepartmentId == department.Id && u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && careRoles.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName).Select(u => new NamedRef(u.Id, u.DisplayName)).ToListAsync();
        return (persons, staff);
    }
}
