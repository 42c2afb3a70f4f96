using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Platform.People;

namespace Skipper.Web.Platform.Access;

public enum PersonOperation
{
    Read,
    Write,
}

/// <summary>The resource-based rule for a person's data; modules ask for it through PersonGate.</summary>
public sealed class PersonOperationRequirement(PersonOperation operation) : IAuthorizationRequirement
{
    public static readonly PersonOperationRequirement Read = new(PersonOperation.Read);
    public static readonly PersonOperationRequirement Write = new(PersonOperation.Write);

    public PersonOperation Operation => operation;
}

/// <summary>
/// The person, staff with an active care relation and staff with open emergency access may read and write.
/// A relative's share is narrower (parts of the plan) and is decided by the module that owns those parts.
/// </summary>
internal sealed class PersonAccessHandler(PersonAccessRules rules) : AuthorizationHandler<PersonOperationRequirement, Person>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, PersonOperationRequirement requirement, Person resource)
    {
        var via = await rules.ViaAsync(context.User, resource);
        if (via is PersonAccessVia.Self or PersonAccessVia.CareRelation or PersonAccessVia.Emergency)
        {
            context.Succeed(requirement);
        }
    }
}
