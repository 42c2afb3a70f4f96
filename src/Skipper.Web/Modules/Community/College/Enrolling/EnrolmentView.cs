using Skipper.Web.Modules.Community.College.Data;

namespace Skipper.Web.Modules.Community.College.Enrolling;

/// <summary>
/// One enrolment as its owner sees it. Position is the place in the queue while waiting. CancelCode and CancelPath
/// are given once, to the anonymous enroller, right after enrolling: the link is their only way back.
/// </summary>
public sealed record EnrolmentView(
    Guid Id,
    Guid CourseId,
    Guid SessionId,
    string CourseTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Place,
    EnrolmentStatus Status,
    int? Position,
    DateTimeOffset CreatedAt,
    string? CancelCode = null,
    string? CancelPath = null)
{
    public static string CancelPathOf(Guid enrolmentId, string code) => $"/recoveryskole/avmeld/{enrolmentId}?kode={Uri.EscapeDataString(code)}";
}
