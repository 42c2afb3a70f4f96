using System.Text.Json.Serialization;
using Skipper.Web.Modules.Dashboards.Cells.Data;

namespace Skipper.Web.Modules.Dashboards.Figures;

/// <summary>
/// A figure's number as shown: the value, its n (the denominator: episodes, answers, meetings, people, requests) and
/// the number of people it is built from. A hidden figure has no value, n or people, only the reason
/// ("fewer-than-5" or "complement"); a figure with nothing to compute from has no value and no reason.
/// </summary>
public sealed record FigureValue(double? Value, int? N, int? People, string? Hidden)
{
    [JsonIgnore]
    public bool IsHidden => Hidden is not null;
}

/// <summary>One point of a figure's series: the month or quarter starting on <paramref name="Period"/>.</summary>
public sealed record FigurePoint(DateOnly Period, double? Value, int? N, int? People, string? Hidden)
{
    [JsonIgnore]
    public bool IsHidden => Hidden is not null;
}

/// <summary>A department's figure for the whole period, in the section's table.</summary>
public sealed record DepartmentValue(Guid? DepartmentId, string Name, double? Value, int? N, int? People, string? Hidden)
{
    [JsonIgnore]
    public bool IsHidden => Hidden is not null;
}

/// <summary>A target the figure is held against (peer workers): by the end of which year, and the number.</summary>
public sealed record FigureTarget(int Year, double? Value);

/// <summary>One figure: the whole period, the series over it, and, for the section, each department.</summary>
public sealed record FigureView(
    string Key,
    string Group,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FigureUnit>))] FigureUnit Unit,
    FigureValue Total,
    IReadOnlyList<FigurePoint> Series,
    IReadOnlyList<DepartmentValue>? Departments,
    FigureTarget? Target = null);

/// <summary>A month or quarter of the period.</summary>
public sealed record PeriodView(DateOnly Start, DateOnly End);

/// <summary>
/// A dashboard for the section (every department) or one department, for whole months or quarters. Counts and
/// aggregates only: no person's id, name or answer is ever in it.
/// </summary>
public sealed record DashboardView(
    string Scope,
    Guid? DepartmentId,
    string? DepartmentName,
    DateOnly From,
    DateOnly To,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Grain>))] Grain Grain,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<PeriodView> Periods,
    IReadOnlyList<FigureView> Figures)
{
    public const string Section = "section";
    public const string Department = "department";
}
