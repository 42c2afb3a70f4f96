using Skipper.Web.Modules.Guide.Data;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>
/// A gathering: the date as yyyy-mm-dd (past, or planned up to a year ahead), the agenda, the accounts of those who
/// came, and notes. Version is required when changing a saved one.
/// </summary>
public sealed record GatheringRequest(string? HeldOn, string? Agenda, IReadOnlyList<Guid>? Attendees, string? Notes, int? Version);

public sealed record NetworkPerson(Guid Id, string Name);

/// <summary>A department and its recovery contacts (none yet is shown too: every department should have one).</summary>
public sealed record ContactGroup(Guid DepartmentId, string Name, IReadOnlyList<NetworkPerson> Contacts);

public sealed record GatheringView(Guid Id, DateOnly HeldOn, string Agenda, IReadOnlyList<NetworkPerson> Attendees, string Notes, DateTimeOffset UpdatedAt, int Version)
{
    public static GatheringView From(ContactGathering g, IReadOnlyDictionary<Guid, string> names) => new(
        g.Id,
        g.HeldOn,
        g.Agenda,
        g.Attendees.Select(id => new NetworkPerson(id, names.GetValueOrDefault(id, ""))).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList(),
        g.Notes,
        g.UpdatedAt,
        g.Version);
}

/// <summary>"never", "quarter-missed" or "none"; the quarter it is about; the last gathering held and the next planned.</summary>
public sealed record ReminderView(bool Due, string Reason, int Quarter, int Year, DateOnly? LastHeld, DateOnly? NextPlanned);

public sealed record NetworkView(
    IReadOnlyList<ContactGroup> Departments,
    IReadOnlyList<NetworkPerson> WithoutDepartment,
    IReadOnlyList<GatheringView> Gatherings,
    ReminderView Reminder);
