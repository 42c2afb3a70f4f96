using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Platform.Input;

namespace Skipper.Web.Modules.Community.Restart.Ask;

/// <summary>{ message: what the person wants the department to know (optional, at most 1000 characters) }.</summary>
public sealed record RestartAsk(string? Message = null);

/// <summary>A request to start again as the person (and their export) sees it.</summary>
public sealed record RestartRequestView(
    Guid Id,
    DateTimeOffset RequestedAt,
    string Message,
    Guid DepartmentId,
    Guid? EndedEpisodeId,
    DateTimeOffset? FirstContactAt,
    string? FirstContactKind,
    int? DaysToFirstContact,
    string? HandledBy,
    DateTimeOffset? HandledAt,
    int Version)
{
    public static RestartRequestView From(RestartRequest r) => new(
        r.Id, r.RequestedAt, r.Message, r.DepartmentId, r.EndedEpisodeId, r.FirstContactAt,
        r.FirstContactKind is { } kind ? EnumNames.Of(kind) : null,
        RestartRules.DaysToFirstContact(r.RequestedAt, r.FirstContactAt), r.HandledBy, r.HandledAt, r.Version);
}
