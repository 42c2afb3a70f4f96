using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Demo;

/// <summary>One episode of care in a demo life: when its sessions began, and the day it ended (null: still open).</summary>
internal sealed record DemoEpisodePlan(Guid Id, int Number, IReadOnlyList<DateTimeOffset> Sessions, DateOnly? EndedOn);

/// <summary>A request to start again after an ended episode.</summary>
internal sealed record DemoRestartPlan(Guid EndedEpisodeId, DateTimeOffset RequestedAt);

/// <summary>A meeting about the person, recorded in their plan.</summary>
internal sealed record DemoMeetingPlan(DateOnly Date, bool PersonAttended, DateOnly? NextReview);

/// <summary>What happened in one person's care over the demo's months, in order; nothing lies after yesterday.</summary>
internal sealed record DemoLife(IReadOnlyList<DemoEpisodePlan> Episodes, IReadOnlyList<DemoRestartPlan> Restarts, IReadOnlyList<DemoMeetingPlan> Meetings);

/// <summary>
/// The spread of the demo population over time. Each person ends an episode every fourth month, counted back from last
/// month and shifted by their place in the department, so that every one of the last months has episodes ending for
/// about a quarter of a department (at least 6 of 25); episodes are 2–4 sessions 10–17 days apart and never overlap.
/// Half of the gaps between two episodes begin with a request to start again, answered by a session or a
/// meeting 0–30 days later; half of the people are in an episode now (those whose next end is this month or next), and
/// a few of the others have asked to start again and wait.
/// </summary>
internal static class DemoTimeline
{
    /// <summary>How far back the population's history goes, in whole months before this one.</summary>
    public const int Months = 15;

    /// <summary>Months from one ended episode to the next for one person.</summary>
    public const int Cycle = 4;

    public const int MaxDaysToContact = 30;

    /// <summary>Sessions in one episode: few, because every new database (each test's too) stores them all.</summary>
    public const int MaxSessions = 4;

    /// <summary>The first days of the past months in which the person at <paramref name="place"/> ends an episode, oldest first.</summary>
    public static IReadOnlyList<DateOnly> EndMonths(int place, DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return [.. Enumerable.Range(1, Months).Where(m => (m + place) % Cycle == 0).Select(m => thisMonth.AddMonths(-m)).Order()];
    }

    public static DemoLife Life(int place, DateOnly today, Random random)
    {
        var episodes = new List<DemoEpisodePlan>();
        var restarts = new List<DemoRestartPlan>();
        var meetings = new List<DemoMeetingPlan>();
        DateOnly? lastEnd = null;
        foreach (var month in EndMonths(place, today))
        {
            var ended = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month)));
            var last = ended.AddDays(-random.Next(5, 15));
            var days = Backwards(last, 2 + random.Next(MaxSessions - 1), lastEnd, random);
            AddEpisode(episodes, restarts, meetings, days, ended, lastEnd, random);
            lastEnd = ended;
        }
        var yesterday = today.AddDays(-1);
        if (InCareNow(place))
        {
            // Ends this month or next: in an episode that began a few weeks ago.
            var days = new List<DateOnly>();
            for (var day = Later(yesterday.AddDays(-7 - random.Next(35)), lastEnd?.AddDays(15) ?? DateOnly.MinValue); day <= yesterday; day = day.AddDays(10 + random.Next(8)))
            {
                days.Add(day);
            }
            AddEpisode(episodes, restarts, meetings, days, null, lastEnd, random);
            // Requests of the last two days are left to the tests (and the demo person): the population asked earlier.
            if (restarts.Count > 0 && DateOnly.FromDateTime(restarts[^1].RequestedAt.InNorway().DateTime) > today.AddDays(-2))
            {
                restarts.RemoveAt(restarts.Count - 1);
            }
        }
        else if (lastEnd is { } end && episodes.Count > 0 && random.Next(3) == 0)
        {
            // Ended, asked to start again (two days ago or earlier: today's requests are the tests'), and still waits.
            var asked = Later(end.AddDays(1), yesterday.AddDays(-1 - random.Next(12)));
            restarts.Add(new DemoRestartPlan(episodes[^1].Id, At(asked, 8 + random.Next(13), random)));
        }
        return new DemoLife(episodes, restarts, meetings);
    }

    /// <summary>Whether the person at <paramref name="place"/> is in an episode now: those whose next end is this month or next.</summary>
    public static bool InCareNow(int place) => place % Cycle is 0 or 1;

    /// <summary>Session days back from the last one, dropping those that would fall within two weeks of the previous episode's end.</summary>
    private static List<DateOnly> Backwards(DateOnly last, int count, DateOnly? previousEnd, Random random)
    {
        var days = new List<DateOnly> { last };
        while (days.Count < count)
        {
            days.Insert(0, days[0].AddDays(-(10 + random.Next(8))));
        }
        while (previousEnd is { } end && days.Count > 2 && days[0] <= end.AddDays(14))
        {
            days.RemoveAt(0);
        }
        return days;
    }

    private static void AddEpisode(
        List<DemoEpisodePlan> episodes, List<DemoRestartPlan> restarts, List<DemoMeetingPlan> meetings,
        List<DateOnly> days, DateOnly? ended, DateOnly? previousEnd, Random random)
    {
        var sessions = days.ConvertAll(day => At(day, 9 + random.Next(6), random));
        var episode = new DemoEpisodePlan(Guid.NewGuid(), episodes.Count + 1, sessions, ended);
        if (previousEnd is { } end && episodes.Count > 0 && random.Next(2) == 0)
        {
            AddRestart(episodes[^1].Id, end, days[0], sessions[0], restarts, meetings, random);
        }
        episodes.Add(episode);
        var lastDay = ended ?? days[^1];
        var first = days[0].AddDays(3 + random.Next(18));
        if (first <= lastDay && first < days[^1].AddDays(1))
        {
            meetings.Add(new DemoMeetingPlan(first, random.NextDouble() < 0.85, random.Next(2) == 0 ? first.AddDays(90) : null));
        }
        var second = days[^1].AddDays(-random.Next(10));
        if (random.NextDouble() < 0.15 && second > first.AddDays(20))
        {
            meetings.Add(new DemoMeetingPlan(second, random.NextDouble() < 0.85, null));
        }
    }

    /// <summary>A request some days before the next episode's first session; now and then a meeting came first.</summary>
    private static void AddRestart(
        Guid endedEpisodeId, DateOnly end, DateOnly firstDay, DateTimeOffset firstSession,
        List<DemoRestartPlan> restarts, List<DemoMeetingPlan> meetings, Random random)
    {
        var wait = random.Next(3) == 0 ? random.Next(15, MaxDaysToContact + 1) : random.Next(0, 15);
        var askedOn = Later(end.AddDays(1), firstDay.AddDays(-wait));
        // Asked before the session's hour on the day of the session itself, so the session answers it.
        var requestedAt = askedOn == firstDay ? firstSession.AddHours(-1 - random.Next(3)) : At(askedOn, 8 + random.Next(13), random);
        restarts.Add(new DemoRestartPlan(endedEpisodeId, requestedAt));
        var meetingDay = askedOn.AddDays(random.Next(firstDay.DayNumber - askedOn.DayNumber + 1));
        if (random.Next(4) == 0 && meetingDay < firstDay)
        {
            meetings.Add(new DemoMeetingPlan(meetingDay, true, null));
        }
    }

    private static DateTimeOffset At(DateOnly day, int hour, Random random) =>
        day.StartInNorway().AddHours(hour).AddMinutes(random.Next(4) * 15).ToUniversalTime();

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
