using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Restart.DepartmentList;

/// <summary>
/// Who reads a department's requests to start again: the people who can pick one up, that is the department's
/// leader and its care staff. Section leaders and the administrator read waiting times (IRestartWaits), not requests.
/// </summary>
public sealed class ReadRestartRequestsRequirement : IAuthorizationRequirement
{
    public static readonly ReadRestartRequestsRequirement Instance = new();
}

internal sealed class ReadRestartRequestsHandler : AuthorizationHandler<ReadRestartRequestsRequirement, Department>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, ReadRestartRequestsRequirement requirement, Department resource)
    {
        var user = context.User;
        if (user.DepartmentId() == resource.Id && (user.IsInRole(Roles.DepartmentLeader) || Roles.CareStaff.Any(user.IsInRole)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
