using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Summary;

/// <summary>
/// Whose department counts a user reads (the RecoveryWork policy lets them in at all): a section leader any
/// department of the municipality, a department leader or recovery contact only their own.
/// </summary>
public sealed class DepartmentAccess(AppDbContext db)
{
    internal static readonly Refusal Unknown = Refusal.Of(RefusalKind.NotFound, "Guide.Summary.Error.Unknown");
    internal static readonly Refusal NotYours = Refusal.Of(RefusalKind.Forbidden, "Guide.Summary.Error.NotYours");

    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.SectionLeader);

    /// <summary>The department, or 404 when the municipality has none with that id, or 403 when it is not the user's.</summary>
    public async Task<Outcome<Department>> OpenAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId);
        if (department is null)
        {
            return Unknown;
        }
        return SeesAll(user) || user.DepartmentId() == departmentId ? department : NotYours;
    }

    /// <summary>The departments the user may pick between, by name.</summary>
    public async Task<List<Department>> ChoicesAsync(ClaimsPrincipal user)
    {
        var all = SeesAll(user);
        var own = user.DepartmentId();
        return await db.Departments.AsNoTracking().Where(d => all || d.Id == own).OrderBy(d => d.Name).ToListAsync();
    }
}
