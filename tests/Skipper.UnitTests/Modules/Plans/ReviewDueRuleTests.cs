using Skipper.Web.Modules.Plans.Status;

namespace Skipper.UnitTests.Modules.Plans;

public sealed class ReviewDueRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("2026-11-23", true)]
    [InlineData("2026-11-24", true)]
    [InlineData("2026-11-25", false)]
    public void An_agreed_review_date_is_due_on_and_after_the_day(string nextReview, bool due) =>
        ReviewDueRule.IsDue(Today, hasActivity: true, lastMeetingOn: Today.AddDays(-1), DateOnly.Parse(nextReview, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(due);

    [Fact]
    public void An_agreed_date_in_the_future_wins_over_an_old_meeting() =>
        ReviewDueRule.IsDue(Today, hasActivity: true, lastMeetingOn: new DateOnly(2025, 1, 1), nextReviewOn: new DateOnly(2027, 1, 1)).ShouldBeFalse();

    [Theory]
    [InlineData("2026-05-23", true)]
    [InlineData("2026-05-24", false)]
    [InlineData("2026-10-01", false)]
    public void Without_an_agreed_date_a_meeting_more_than_six_months_ago_makes_it_due(string lastMeeting, bool due) =>
        ReviewDueRule.IsDue(Today, hasActivity: true, DateOnly.Parse(lastMeeting, System.Globalization.CultureInfo.InvariantCulture), nextReviewOn: null).ShouldBe(due);

    [Fact]
    public void A_plan_in_use_that_never_had_a_meeting_is_due() =>
        ReviewDueRule.IsDue(Today, hasActivity: true, lastMeetingOn: null, nextReviewOn: null).ShouldBeTrue();

    [Fact]
    public void A_plan_nobody_has_written_in_is_not_due() =>
        ReviewDueRule.IsDue(Today, hasActivity: false, lastMeetingOn: null, nextReviewOn: null).ShouldBeFalse();
}
