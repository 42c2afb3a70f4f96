using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Data;

public enum PositionKind
{
    Permanent,
    Project,
    Trainee,
}

/// <summary>A position for someone hired for their lived experience. A staff position, not personal health data.</summary>
public sealed class PeerPosition : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid DepartmentId { get; set; }

    /// <summary>Share of a full-time position, above 0 and at most 100.</summary>
    public decimal Percent { get; set; }
    public PositionKind Kind { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly? EndOn { get; set; }

    /// <summary>A title or a name, as the department writes it; may be empty.</summary>
    public string Label { get; set; } = "";
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>What a department (or, with no department, the section) aims for by the end of a year: positions and/or FTE.</summary>
public sealed class PeerTargetRow : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>Null for the section as a whole.</summary>
    public Guid? DepartmentId { get; set; }
    public int Year { get; set; }
    public int? Positions { get; set; }
    public decimal? Fte { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
