using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.College.Data;

/// <summary>Who may enrol in a course: anyone with a name and an e-mail or phone, or only signed-in users.</summary>
public enum CourseAudience
{
    Open,
    SignedIn,
}

public enum EnrolmentStatus
{
    Enrolled,
    Waiting,
    Cancelled,
}

/// <summary>A recovery-college course, co-taught by a peer (lived experience) and a professional. Public content.</summary>
public sealed class Course : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public required string PeerTeacher { get; set; }
    public required string ProfessionalTeacher { get; set; }
    public CourseAudience Audience { get; set; }

    /// <summary>The organisation that runs the course; null when the municipality does.</summary>
    public string? Organiser { get; set; }

    /// <summary>The offer provider's account that keeps the course; null for the municipality's own (kept by employees).</summary>
    public Guid? ProviderUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
    public List<CourseSession> Sessions { get; set; } = [];
}

/// <summary>
/// One meeting of a course. Its Version changes with every enrolment, cancellation and edit, so two saves that read
/// the same seats cannot both succeed: the second is retried on fresh seats.
/// </summary>
public sealed class CourseSession : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public Course? Course { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string Place { get; set; }
    public int Capacity { get; set; }
    public int Version { get; set; }
    public List<Enrolment> Enrolments { get; set; } = [];
}

/// <summary>
/// A seat or a place in the queue for one session: by a signed-in account, or anonymously by name and e-mail or
/// phone (open courses only). A cancelled enrolment stays as a row, and enrolling again reuses it.
/// </summary>
public sealed class Enrolment : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public CourseSession? Session { get; set; }
    public Guid? AccountId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The anonymous enrolment's e-mail (lower case) or phone (digits), unique per session.</summary>
    public string? ContactKey { get; set; }
    public EnrolmentStatus Status { get; set; }

    /// <summary>Order of joining within the session (1, 2, 3 ...): the waiting list moves up in this order.</summary>
    public int Number { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>SHA-256 of the anonymous enrolment's cancel code (hex); the code itself is only shown once.</summary>
    public string? CancelCodeHash { get; set; }
}
