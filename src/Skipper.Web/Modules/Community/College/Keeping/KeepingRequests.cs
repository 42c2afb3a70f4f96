namespace Skipper.Web.Modules.Community.College.Keeping;

/// <summary>A course as its keeper writes it; version 0 for a new one.</summary>
public sealed record CourseRequest(string? Title, string? Description, string? PeerTeacher, string? ProfessionalTeacher, bool? OpenToAll, int? Version);

/// <summary>A session: start and end ("2026-12-01T18:00" in Norwegian time, or with an offset), place, seats; version 0 for a new one.</summary>
public sealed record SessionRequest(string? StartsAt, string? EndsAt, string? Place, int? Capacity, int? Version);
