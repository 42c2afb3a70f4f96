using Skipper.Web.Modules.Community.College.Data;

namespace Skipper.Web.Modules.Community.College.Catalogue;

/// <summary>One session with its seats: taken, queueing, free. "Mine" is the signed-in user's own place, if any.</summary>
public sealed record SessionView(
    Guid Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Place,
    int Capacity,
    int Enrolled,
    int Waiting,
    int FreeSeats,
    bool IsAhead,
    int Version,
    MyPlace? Mine);

/// <summary>The signed-in user's place in a session: enrolled, or number N in the queue.</summary>
public sealed record MyPlace(Guid EnrolmentId, EnrolmentStatus Status, int? Position);

/// <summary>A course as the catalogue lists it, with its sessions ahead.</summary>
public sealed record CourseSummary(
    Guid Id,
    string Title,
    string PeerTeacher,
    string ProfessionalTeacher,
    bool OpenToAll,
    string? Organiser,
    IReadOnlyList<SessionView> Sessions);

/// <summary>A course with its description and sessions (keepers also see sessions that are over).</summary>
public sealed record CourseView(
    Guid Id,
    string Title,
    string Description,
    string PeerTeacher,
    string ProfessionalTeacher,
    bool OpenToAll,
    string? Organiser,
    int Version,
    bool MayKeep,
    IReadOnlyList<SessionView> Sessions);
