using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access;

/// <summary>
/// A staff member serves a person from StartsAt until EndsAt. Active relations give need-to-know access;
/// together they are the person's responsibility group (ansvarsgruppe), with at most one coordinator.
/// </summary>
public sealed class CareRelation : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid StaffUserId { get; set; }
    public Guid DepartmentId { get; set; }
    public bool IsCoordinator { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public Guid StartedBy { get; set; }
    public Guid? EndedBy { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => StartsAt <= now && (EndsAt is null || EndsAt > now);
}

/// <summary>Time-limited access without a care relation, opened by a staff member who wrote a reason.</summary>
public sealed class EmergencyAccess : ITenantOwned
{
    public static readonly TimeSpan Duration = TimeSpan.FromHours(4);

    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid StaffUserId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// A person shares parts of their plan with a relative's account. My plan decides the parts (Scopes);
/// the share ends the moment the person withdraws it.
/// </summary>
public sealed class RelativeShare : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid RelativeUserId { get; set; }

    /// <summary>Space-separated names of the plan parts shared, for example "goals warning-signs".</summary>
    public string Scopes { get; set; } = "";

    public DateTimeOffset SharedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
