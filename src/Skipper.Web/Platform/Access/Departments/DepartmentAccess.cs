using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access.Departments;

/// <summary>
/// Opens a department's recovery work (figures, goals, dashboards) for a user whom the RecoveryWork policy let in,
/// through the resource-based DepartmentWorkRequirement. Every module asks here; none decides by role itself.
/// </summary>
public sealed class DepartmentAccess(AppDbContext db, IAuthorizationService authorization)
{
    public static readonly Refusal Unknown = Refusal.Of(RefusalKind.NotFound, "Department.Error.Unknown");
    public static readonly Refusal NotYours = Refusal.Of(RefusalKind.Forbidden, "Department.Error.NotYours");

    /// <summary>True for a user who reads every department of the municipality (and so the whole section).</summary>
    public static bool SeesAll(ClaimsPrincipal user) => DepartmentWorkHandler.SeesAll(user);

    /// <summary>The department, or 404 when the municipality has none with that id, or 403 when it is not the user's.</summary>
    public async Task<Outcome<Department>> OpenAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId);
        if (department is null)
        {
            return Unknown;
        }
        var allowed = await authorization.AuthorizeAsync(user, department, DepartmentWorkRequirement.Instance);
        return allowed.Succeeded ? department : NotYours;
    }

    /// <summary>The departments the user may pick between, by name.</summary>
    public async Task<List<Department>> ChoicesAsync(ClaimsPrincipal user)
    {
        var all = SeesAll(user);
        var own = user.DepartmentId();
        return await db.Departments.AsNoTracking().Where(d => all || d.Id == own).OrderBy(d => d.Name).ToListAsync();
    }
}
