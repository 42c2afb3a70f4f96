using Skipper.Web.Modules.Guide.Data;

namespace Skipper.Web.Modules.Guide.Ethics;

/// <summary>
/// A reflection in five steps: the problem, who is involved, values and rules, options and their consequences, the
/// choice and why. Version is required when changing a saved one (0 or left out for a new one).
/// </summary>
public sealed record EthicsRequest(
    string? Title,
    string? Problem,
    string? Involved,
    string? ValuesAndRules,
    string? Options,
    string? Choice,
    string? Reasons,
    int? Version);

public sealed record EthicsView(
    Guid Id,
    string Title,
    string Problem,
    string Involved,
    string ValuesAndRules,
    string Options,
    string Choice,
    string Reasons,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static EthicsView From(EthicsReflection r) =>
        new(r.Id, r.Title, r.Problem, r.Involved, r.ValuesAndRules, r.Options, r.Choice, r.Reasons, r.CreatedAt, r.UpdatedAt, r.Version);

    public EthicsRequest ToRequest() => new(Title, Problem, Involved, ValuesAndRules, Options, Choice, Reasons, Version);
}

public sealed record EthicsListItem(Guid Id, string Title, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>The department's saved reflections, newest first, and the department's name for the heading.</summary>
public sealed record EthicsList(Guid DepartmentId, string DepartmentName, IReadOnlyList<EthicsListItem> Reflections);
