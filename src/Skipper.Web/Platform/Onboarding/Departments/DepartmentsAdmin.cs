using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Onboarding.Departments;

public sealed record DepartmentRow(Guid Id, string Name);

public sealed record NewDepartment(string? Name);

/// <summary>The administrator's departments: list them, add one. The tenant filter keeps both inside the municipality.</summary>
public sealed class DepartmentsAdmin(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const int MaxName = 200;

    /// <summary>Sorted in Norwegian order (Æ, Ø, Å last), which neither database does by itself.</summary>
    public static readonly StringComparer NorwegianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), ignoreCase: true);

    public async Task<IReadOnlyList<DepartmentRow>> ListAsync()
    {
        var rows = await db.Departments.AsNoTracking().Select(d => new DepartmentRow(d.Id, d.Name)).ToListAsync();
        return rows.OrderBy(d => d.Name, NorwegianOrder).ToList();
    }

    public async Task<Outcome<DepartmentRow>> CreateAsync(ClaimsPrincipal admin, NewDepartment? request)
    {
        var name = request?.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            return Refusal.Invalid([new FieldError("name", "Onboarding.Department.NameRequired")]);
        }
        if (name.Length > MaxName)
        {
            return Refusal.Invalid([new FieldError("name", "Onboarding.Department.NameTooLong", MaxName)]);
        }
        var existing = await db.Departments.AsNoTracking().Select(d => d.Name).ToListAsync();
        if (existing.Any(n => NorwegianOrder.Equals(n.Trim(), name)))
        {
            return Refusal.Of(RefusalKind.Conflict, "Onboarding.Department.NameTaken", "name");
        }
        var department = new Department
        {
            TenantId = admin.TenantId() ?? throw new InvalidOperationException("An administrator has a municipality."),
            Id = Guid.NewGuid(),
            Name = name,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        await audit.RecordAsync(admin, AuditEntry.About(AuditActions.DepartmentCreated, $"department/{department.Id}"));
        return new DepartmentRow(department.Id, department.Name);
    }
}
