using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Identity.Me;

public sealed record NamedRef(Guid Id, string Name);

public sealed record MeView(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    NamedRef Tenant,
    NamedRef? Department,
    Guid? PersonId);

/// <summary>Who the signed-in user is: used by GET /api/v1/me and by the home page.</summary>
public sealed class MeQuery(AppDbContext db)
{
    public async Task<MeView?> FindAsync(Guid userId)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return null;
        }
        var roles = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == user.TenantId).Select(t => new NamedRef(t.Id, t.Name)).FirstAsync();
        var department = user.DepartmentId is { } departmentId
            ? await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => new NamedRef(d.Id, d.Name)).FirstOrDefaultAsync()
            : null;
        var personId = await db.Persons.AsNoTracking().Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        return new MeView(user.Id, user.Email ?? "", user.DisplayName, roles, tenant, department, personId);
    }
}
