using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Foundation.Data;

public enum EndorsementStatus
{
    Requested,
    Approved,
    Declined,
}

/// <summary>
/// An organisation asks to endorse the value foundation. Anyone may ask; it is listed publicly (name and date) only
/// after the administrator approves it. The contact person and e-mail are for the administrator only.
/// </summary>
public sealed class EndorsementRequest : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public required string OrganisationName { get; set; }
    public string ContactPerson { get; set; } = "";
    public required string Email { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public EndorsementStatus Status { get; set; }
    public Guid? DecidedBy { get; set; }

    /// <summary>When the administrator approved or declined; for an approved one, the date it endorses from.</summary>
    public DateTimeOffset? DecidedAt { get; set; }
    public int Version { get; set; }
}
