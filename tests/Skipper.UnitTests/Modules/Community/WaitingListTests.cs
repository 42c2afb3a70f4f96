using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Rules;

namespace Skipper.UnitTests.Modules.Community;

public sealed class WaitingListTests
{
    private static Seat Enrolled(int number) => new(Guid.NewGuid(), number, EnrolmentStatus.Enrolled);

    private static Seat Waiting(int number) => new(Guid.NewGuid(), number, EnrolmentStatus.Waiting);

    [Fact]
    public void A_newcomer_gets_a_seat_while_one_is_free_and_queues_when_none_is()
    {
        WaitingList.Place(2, []).ShouldBe(EnrolmentStatus.Enrolled);
        WaitingList.Place(2, [Enrolled(1)]).ShouldBe(EnrolmentStatus.Enrolled);
        WaitingList.Place(2, [Enrolled(1), Enrolled(2)]).ShouldBe(EnrolmentStatus.Waiting);
        WaitingList.Place(2, [Enrolled(1), Enrolled(2), Waiting(3)]).ShouldBe(EnrolmentStatus.Waiting);
    }

    [Fact]
    public void A_newcomer_never_passes_someone_already_queueing()
    {
        WaitingList.Place(3, [Enrolled(1), Enrolled(2), Waiting(3)]).ShouldBe(EnrolmentStatus.Waiting);
    }

    [Fact]
    public void A_freed_seat_goes_to_the_first_in_the_queue_by_order_of_joining()
    {
        var second = Waiting(7);
        var first = Waiting(4);
        var third = Waiting(9);

        WaitingList.Promotions(2, [Enrolled(1), second, first, third]).ShouldBe([first.Id]);
    }

    [Fact]
    public void Added_seats_go_to_as_many_in_the_queue_as_they_fit()
    {
        var first = Waiting(3);
        var second = Waiting(4);

        WaitingList.Promotions(5, [Enrolled(1), Enrolled(2), first, second]).ShouldBe([first.Id, second.Id]);
        WaitingList.Promotions(3, [Enrolled(1), Enrolled(2), first, second]).ShouldBe([first.Id]);
        WaitingList.Promotions(2, [Enrolled(1), Enrolled(2), first, second]).ShouldBeEmpty();
    }

    [Fact]
    public void The_place_in_the_queue_counts_only_those_waiting_ahead()
    {
        var a = Waiting(3);
        var b = Waiting(5);
        var c = Waiting(8);
        Seat[] seats = [Enrolled(1), Enrolled(2), a, b, c];

        WaitingList.Position(a, seats).ShouldBe(1);
        WaitingList.Position(b, seats).ShouldBe(2);
        WaitingList.Position(c, seats).ShouldBe(3);
        WaitingList.Position(seats[0], seats).ShouldBeNull();
    }

    [Fact]
    public void The_next_number_follows_the_highest_given_so_far()
    {
        WaitingList.NextNumber([]).ShouldBe(1);
        WaitingList.NextNumber([Enrolled(1), new Seat(Guid.NewGuid(), 6, EnrolmentStatus.Cancelled), Waiting(3)]).ShouldBe(7);
    }

    [Fact]
    public void Capacity_may_be_lowered_to_the_seats_taken_but_not_below()
    {
        Seat[] seats = [Enrolled(1), Enrolled(2), Enrolled(3), Waiting(4)];

        WaitingList.Fits(3, seats).ShouldBeTrue();
        WaitingList.Fits(2, seats).ShouldBeFalse();
        WaitingList.FreeSeats(5, seats).ShouldBe(2);
        WaitingList.FreeSeats(2, seats).ShouldBe(0);
    }

    [Fact]
    public void Only_a_session_that_has_not_started_is_open_for_enrolment()
    {
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        WaitingList.IsAhead(now.AddMinutes(1), now).ShouldBeTrue();
        WaitingList.IsAhead(now, now).ShouldBeFalse();
        WaitingList.IsAhead(now.AddDays(-1), now).ShouldBeFalse();
    }
}
