using Skipper.Web.Modules.Community.College.Data;

namespace Skipper.Web.Modules.Community.College.Rules;

/// <summary>One enrolment as the waiting list sees it: who, in which order they joined, and where they stand.</summary>
internal sealed record Seat(Guid Id, int Number, EnrolmentStatus Status);

/// <summary>
/// The recovery college's seats: a newcomer gets a seat while one is free and otherwise queues; a freed seat goes to
/// the first in the queue at once; capacity never drops below the seats taken. Pure, so it is tested without a database.
/// </summary>
internal static class WaitingList
{
    public static int Taken(IEnumerable<Seat> seats) => seats.Count(s => s.Status == EnrolmentStatus.Enrolled);

    public static int FreeSeats(int capacity, IEnumerable<Seat> seats) => Math.Max(0, capacity - Taken(seats));

    /// <summary>Where a newcomer goes. Someone already queueing is never passed by a newcomer.</summary>
    public static EnrolmentStatus Place(int capacity, IReadOnlyCollection<Seat> seats) =>
        FreeSeats(capacity, seats) > 0 && !seats.Any(s => s.Status == EnrolmentStatus.Waiting)
            ? EnrolmentStatus.Enrolled
            : EnrolmentStatus.Waiting;

    /// <summary>The number the next one to join gets.</summary>
    public static int NextNumber(IEnumerable<Seat> seats) => seats.Select(s => s.Number).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Who moves from the queue to a seat, first come first served, after seats were freed or added.</summary>
    public static IReadOnlyList<Guid> Promotions(int capacity, IReadOnlyCollection<Seat> seats) =>
        seats.Where(s => s.Status == EnrolmentStatus.Waiting)
            .OrderBy(s => s.Number)
            .Take(FreeSeats(capacity, seats))
            .Select(s => s.Id)
            .ToList();

    /// <summary>1 for the first in the queue; null for someone not queueing.</summary>
    public static int? Position(Seat seat, IEnumerable<Seat> seats) =>
        seat.Status == EnrolmentStatus.Waiting
            ? 1 + seats.Count(s => s.Status == EnrolmentStatus.Waiting && s.Number < seat.Number)
            : null;

    /// <summary>A session's capacity may be lowered only as far as the seats already taken.</summary>
    public static bool Fits(int capacity, IEnumerable<Seat> seats) => capacity >= Taken(seats);

    /// <summary>Enrolling (and leaving) is for sessions that have not started yet.</summary>
    public static bool IsAhead(DateTimeOffset startsAt, DateTimeOffset now) => startsAt > now;
}
