using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Community.Restart;

/// <summary>The rules of "start again" that need no database.</summary>
internal static class RestartRules
{
    public const string Resource = "community/restart";

    public static DateOnly DayInNorway(DateTimeOffset time) => DateOnly.FromDateTime(time.InNorway().DateTime);

    /// <summary>Calendar days in Norway from the request to its first contact: the same day is 0.</summary>
    public static int? DaysToFirstContact(DateTimeOffset requestedAt, DateTimeOffset? firstContactAt) =>
        firstContactAt is { } contact ? DayInNorway(contact).DayNumber - DayInNorway(requestedAt).DayNumber : null;

    /// <summary>
    /// The first contact is the earlier of the first session and the first meeting. A meeting has only a date: it
    /// counts from the start of its day, but never before the request (a meeting on the day of the request is 0 days).
    /// Sessions win a tie, as the more precise record.
    /// </summary>
    public static (DateTimeOffset At, RestartContactKind Kind)? FirstContact(DateTimeOffset requestedAt, DateTimeOffset? session, DateOnly? meeting)
    {
        DateTimeOffset? meetingAt = meeting is { } day ? Later(day.StartInNorway(), requestedAt) : null;
        if (session is { } s && (meetingAt is null || s <= meetingAt))
        {
            return (s, RestartContactKind.Session);
        }
        return meetingAt is { } m ? (m, RestartContactKind.Meeting) : null;
    }

    /// <summary>A request still waits for its first contact while it follows the person's current ended episode.</summary>
    public static bool IsOpen(RestartRequest request, Guid? endedEpisodeId) =>
        !request.HasContact && endedEpisodeId is not null && request.EndedEpisodeId == endedEpisodeId;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
