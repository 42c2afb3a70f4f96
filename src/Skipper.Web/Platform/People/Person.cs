using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.People;

/// <summary>A person in recovery. Every module's personal data hangs off this opaque id.</summary>
public sealed class Person : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>The person's own account, once they have signed up.</summary>
    public Guid? UserId { get; set; }

    public Guid? DepartmentId { get; set; }
    public required string DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
