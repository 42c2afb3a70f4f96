using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access.CareRelations;

/// <summary>Who may start and end care relations in a department: its leader, or the administrator on the leader's behalf.</summary>
public sealed class ManageCareRelationsRequirement : IAuthorizationRequirement
{
    public static readonly ManageCareRelationsRequirement Instance = new();
}

internal sealed class ManageCareRelationsHandler : AuthorizationHandler<ManageCareRelationsRequirement, Department>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, ManageCareRelationsRequirement requirement, Department resource)
    {
        var user = context.User;
        if (user.IsInRole(Roles.TenantAdmin) || (user.IsInRole(Roles.DepartmentLeader) && user.DepartmentId() == resource.Id))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
