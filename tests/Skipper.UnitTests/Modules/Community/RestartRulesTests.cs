using Skipper.Web.Modules.Community.Restart;
using Skipper.Web.Modules.Community.Restart.Data;

namespace Skipper.UnitTests.Modules.Community;

public sealed class RestartRulesTests
{
    // 23:30 in Norway on 14 March 2030 (winter time, UTC+1).
    private static readonly DateTimeOffset LateEvening = new(2030, 3, 14, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Days_to_first_contact_count_Norwegian_calendar_days()
    {
        RestartRules.DaysToFirstContact(LateEvening, LateEvening.AddMinutes(20)).ShouldBe(0);
        RestartRules.DaysToFirstContact(LateEvening, LateEvening.AddHours(1)).ShouldBe(1);
        RestartRules.DaysToFirstContact(LateEvening, LateEvening.AddDays(7)).ShouldBe(7);
        RestartRules.DaysToFirstContact(LateEvening, null).ShouldBeNull();
    }

    [Fact]
    public void A_meeting_on_the_day_of_the_request_counts_from_the_request_and_a_later_one_from_the_start_of_its_day_in_utc()
    {
        RestartRules.FirstContact(LateEvening, null, new DateOnly(2030, 3, 14)).ShouldBe((LateEvening, RestartContactKind.Meeting));

        var later = RestartRules.FirstContact(LateEvening, null, new DateOnly(2030, 3, 18))!.Value;

        later.At.ShouldBe(new DateTimeOffset(2030, 3, 17, 23, 0, 0, TimeSpan.Zero));
        later.At.Offset.ShouldBe(TimeSpan.Zero);
        later.Kind.ShouldBe(RestartContactKind.Meeting);
    }

    [Fact]
    public void The_earlier_of_session_and_meeting_is_the_first_contact_and_a_session_wins_a_tie()
    {
        var session = new DateTimeOffset(2030, 3, 16, 9, 0, 0, TimeSpan.Zero);

        RestartRules.FirstContact(LateEvening, session, new DateOnly(2030, 3, 18)).ShouldBe((session, RestartContactKind.Session));
        RestartRules.FirstContact(LateEvening, session, new DateOnly(2030, 3, 15))!.Value.Kind.ShouldBe(RestartContactKind.Meeting);
        RestartRules.FirstContact(LateEvening, LateEvening, new DateOnly(2030, 3, 14)).ShouldBe((LateEvening, RestartContactKind.Session));
        RestartRules.FirstContact(LateEvening, null, null).ShouldBeNull();
    }

    [Fact]
    public void A_request_waits_while_it_has_no_contact_and_follows_the_current_ended_episode()
    {
        var episode = Guid.NewGuid();
        var request = new RestartRequest { EndedEpisodeId = episode };

        RestartRules.IsOpen(request, episode).ShouldBeTrue();
        RestartRules.IsOpen(request, Guid.NewGuid()).ShouldBeFalse();
        RestartRules.IsOpen(request, null).ShouldBeFalse();
        request.FirstContactAt = LateEvening;
        RestartRules.IsOpen(request, episode).ShouldBeFalse();
    }
}
