namespace Skipper.Web.Modules.Plans.Status;

/// <summary>
/// When a plan is due for review: on or after the agreed review date (the latest meeting's or shared decision's);
/// with no agreed date, when the last meeting is more than six months ago, or when a plan that is in use has
/// never had a meeting. A plan nobody has written in is not due.
/// </summary>
public static class ReviewDueRule
{
    public const int MonthsBetweenMeetings = 6;

    public static bool IsDue(DateOnly today, bool hasActivity, DateOnly? lastMeetingOn, DateOnly? nextReviewOn)
    {
        if (nextReviewOn is { } agreed)
        {
            return agreed <= today;
        }
        if (lastMeetingOn is { } met)
        {
            return met < today.AddMonths(-MonthsBetweenMeetings);
        }
        return hasActivity;
    }
}
