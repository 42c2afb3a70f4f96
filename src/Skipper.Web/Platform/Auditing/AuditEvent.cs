using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Auditing;

/// <summary>
/// One append-only line of the audit trail. Sequence numbers and hashes chain the events of a municipality:
/// each Hash is the SHA-256 of the event's fields and PreviousHash. The database refuses UPDATE and DELETE.
/// </summary>
public sealed class AuditEvent : ITenantOwned
{
    public Guid TenantId { get; set; }
    public long Sequence { get; set; }
    public Guid Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string ActorName { get; set; }
    public required string ActorRole { get; set; }
    public required string Action { get; set; }

    /// <summary>The person the event concerns; null for list views (see Subjects) and for events about no person.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>Space-separated ids of every person the event names, in order.</summary>
    public required string Subjects { get; set; }

    public required string Resource { get; set; }
    public string? Reason { get; set; }
    public bool Emergency { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>Index row: which events name which person, so "who looked at my data" is one indexed query.</summary>
public sealed class AuditSubject : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid PersonId { get; set; }
    public long Sequence { get; set; }
}

/// <summary>The actions the audit trail knows; the access log shows each with its own text.</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string Change = "change";
    public const string ListView = "list";
    public const string EmergencyAccess = "emergency-access";
    public const string NotFound = "not-found";
    public const string Denied = "denied";
    public const string CareRelationStarted = "care-relation-started";
    public const string CareRelationEnded = "care-relation-ended";
    public const string AccountCreated = "account-created";
    public const string AccountDeactivated = "account-deactivated";
    public const string DepartmentCreated = "department-created";
    public const string SignUpCompleted = "sign-up-completed";
    public const string SignUpLinkCreated = "sign-up-link-created";
    public const string Export = "export";
}
