using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Restart.Data;

/// <summary>What counted as the first contact after a request to start again.</summary>
public enum RestartContactKind
{
    Session,
    Meeting,
}

/// <summary>
/// A person whose episode of care ended asks to start again. The request lands with the person's department; the
/// first recorded session or meeting on or after it is its first contact (filled in when requests are read).
/// </summary>
public sealed class RestartRequest : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid DepartmentId { get; set; }

    /// <summary>The ended feedback episode the request follows; null if the episode has since been removed.</summary>
    public Guid? EndedEpisodeId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>What the person wanted to tell the department; empty when they wrote nothing.</summary>
    public string Message { get; set; } = "";

    public DateTimeOffset? FirstContactAt { get; set; }
    public RestartContactKind? FirstContactKind { get; set; }

    /// <summary>Who in the department took the request on, and when.</summary>
    public Guid? HandledByUserId { get; set; }
    public string? HandledBy { get; set; }
    public DateTimeOffset? HandledAt { get; set; }

    /// <summary>Raised when someone takes the request on; two people taking it at once get 409.</summary>
    public int Version { get; set; }

    public bool HasContact => FirstContactAt is not null;
}
