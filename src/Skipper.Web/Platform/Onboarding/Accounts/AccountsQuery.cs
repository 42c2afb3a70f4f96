using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Departments;

namespace Skipper.Web.Platform.Onboarding.Accounts;

/// <summary>
/// The municipality's accounts. Accounts carry no tenant filter (sign-in looks across tenants), so every
/// query here names the administrator's tenant itself. Seeing who is a person in recovery is a read of
/// that person's data, so a list view is audited with the persons it shows.
/// </summary>
public sealed class AccountsQuery(AppDbContext db, IAuditLog audit)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(ClaimsPrincipal admin)
    {
        var found = await LoadAsync(TenantOf(admin), null);
        var persons = found.Where(f => f.PersonId is not null).Select(f => f.PersonId!.Value).ToList();
        await audit.RecordAsync(admin, new AuditEntry(AuditActions.ListView, "accounts", persons));
        return found.Select(f => f.Row).OrderBy(r => r.DisplayName, DepartmentsAdmin.NorwegianOrder).ToList();
    }

    /// <summary>One account of the administrator's municipality, or null; audited like the list.</summary>
    public async Task<AccountRow?> ReadAsync(ClaimsPrincipal admin, Guid id)
    {
        var found = (await LoadAsync(TenantOf(admin), id)).FirstOrDefault();
        if (found.Row is null)
        {
            await audit.RecordAsync(admin, AuditEntry.About(AuditActions.NotFound, $"account/{id}"));
            return null;
        }
        await audit.RecordAsync(admin, AuditEntry.About(AuditActions.Read, $"account/{id}", found.PersonId));
        return found.Row;
    }

    /// <summary>For handlers that have just changed the account and audited that change.</summary>
    internal async Task<AccountRow> RowAsync(Guid tenantId, Guid id) => (await LoadAsync(tenantId, id)).Single().Row;

    public async Task<string> MunicipalityAsync(ClaimsPrincipal admin)
    {
        var tenantId = TenantOf(admin);
        return await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.Name).FirstAsync();
    }

    internal static Guid TenantOf(ClaimsPrincipal admin) =>
        admin.TenantId() ?? throw new InvalidOperationException("An administrator has a municipality.");

    private async Task<List<(AccountRow Row, Guid? PersonId)>> LoadAsync(Guid tenantId, Guid? onlyId)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.TenantId == tenantId && (onlyId == null || u.Id == onlyId))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.DepartmentId, u.IsActive, SignedUp = u.PasswordHash != null })
            .ToListAsync();
        var roles = (await (
                from userRole in db.UserRoles
                join user in db.Users on userRole.UserId equals user.Id
                join role in db.Roles on userRole.RoleId equals role.Id
                where user.TenantId == tenantId && (onlyId == null || user.Id == onlyId)
                select new { userRole.UserId, role.Name })
            .ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name ?? "");
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var persons = await db.Persons.AsNoTracking()
            .Where(p => p.UserId != null && (onlyId == null || p.UserId == onlyId))
            .ToDictionaryAsync(p => p.UserId!.Value, p => p.Id);
        return users.Select(u => (
                new AccountRow(
                    u.Id,
                    u.DisplayName,
                    u.Email ?? "",
                    Roles.All.FirstOrDefault(roles[u.Id].Contains) ?? "",
                    u.DepartmentId,
                    u.DepartmentId is { } d && departments.TryGetValue(d, out var name) ? name : null,
                    u.IsActive,
                    u.SignedUp),
                persons.TryGetValue(u.Id, out var person) ? (Guid?)person : null))
            .ToList();
    }
}
