using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access.Departments;

/// <summary>Who works on a department's recovery work (reads its figures, keeps its goals): see DepartmentWorkHandler.</summary>
public sealed class DepartmentWorkRequirement : IAuthorizationRequirement
{
    public static readonly DepartmentWorkRequirement Instance = new();
}

/// <summary>A section leader for every department of the municipality; a department leader or recovery contact for their own.</summary>
internal sealed class DepartmentWorkHandler : AuthorizationHandler<DepartmentWorkRequirement, Department>
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.SectionLeader);

    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, DepartmentWorkRequirement requirement, Department resource)
    {
        var user = context.User;
        var ownDepartment = user.DepartmentId() == resource.Id
            && (user.IsInRole(Roles.DepartmentLeader) || user.IsInRole(Roles.RecoveryContact));
        if (SeesAll(user) || ownDepartment)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
