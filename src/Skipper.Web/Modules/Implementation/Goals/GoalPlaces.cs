using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>Where goals are kept: one department (DepartmentId) or the section as a whole (null), and whether the user may change them.</summary>
public sealed record GoalPlace(Guid? DepartmentId, string Name, bool CanWrite)
{
    public bool IsSection => DepartmentId is null;
}

/// <summary>
/// Opens a department's goals through DepartmentAccess (its own recovery contacts and leaders, and section leaders),
/// and the section's goals: everyone in recovery work reads them, only those who see every department change them.
/// </summary>
public sealed class GoalPlaces(DepartmentAccess access, IStringLocalizer<Texts> texts)
{
    public static readonly Refusal NotYours = Refusal.Of(RefusalKind.Forbidden, "Implementation.Goals.Error.NotYours");
    public static readonly Refusal SectionOnly = Refusal.Of(RefusalKind.Forbidden, "Implementation.Goals.Error.SectionOnly");
    public static readonly Refusal UnknownDepartment = Refusal.Of(RefusalKind.NotFound, "Implementation.Goals.Error.UnknownDepartment");

    public string SectionName => texts["Implementation.Goals.Section"];

    public async Task<Outcome<GoalPlace>> OpenAsync(ClaimsPrincipal user, Guid? departmentId)
    {
        if (departmentId is not { } id)
        {
            return new GoalPlace(null, SectionName, DepartmentAccess.SeesAll(user));
        }
        var department = await access.OpenAsync(user, id);
        if (!department.Succeeded)
        {
            return department.Refusal.Kind == RefusalKind.Forbidden ? NotYours : UnknownDepartment;
        }
        return new GoalPlace(id, department.Value.Name, CanWrite: true);
    }

    /// <summary>The place, refused with 403 when the user may only read it.</summary>
    public async Task<Outcome<GoalPlace>> OpenForWriteAsync(ClaimsPrincipal user, Guid? departmentId)
    {
        var place = await OpenAsync(user, departmentId);
        return place.Succeeded && !place.Value.CanWrite ? SectionOnly : place;
    }

    /// <summary>The places the user may pick between: the section first, then the departments by name.</summary>
    public async Task<List<GoalPlace>> ChoicesAsync(ClaimsPrincipal user)
    {
        var departments = await access.ChoicesAsync(user);
        return [new GoalPlace(null, SectionName, DepartmentAccess.SeesAll(user)), .. departments.Select(d => new GoalPlace(d.Id, d.Name, true))];
    }
}
