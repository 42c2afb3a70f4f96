using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Rules;

namespace Skipper.Web.Modules.Community.College.Catalogue;

internal static class SessionViews
{
    /// <summary>A session with its seats (cancelled ones left out) and, for a signed-in user, their own place.</summary>
    public static SessionView Of(CourseSession session, IReadOnlyCollection<Seat> seats, DateTimeOffset now, Seat? mine = null) =>
        new(session.Id, session.StartsAt, session.EndsAt, session.Place, session.Capacity, WaitingList.Taken(seats),
            seats.Count(e => e.Status == EnrolmentStatus.Waiting), WaitingList.FreeSeats(session.Capacity, seats),
            WaitingList.IsAhead(session.StartsAt, now), session.Version,
            mine is null ? null : new MyPlace(mine.Id, mine.Status, WaitingList.Position(mine, seats)));
}
