using Skipper.Web.Platform.Demo;
using Skipper.Web.Platform.Localization;

namespace Skipper.UnitTests.Platform.Demo;

public sealed class DemoTimelineTests
{
    private const int People = 25;
    private static readonly DateOnly[] Days = [new(2026, 11, 25), new(2026, 3, 31), new(2027, 1, 1)];

    private static List<DemoLife> Lives(DateOnly today, int seed = 7)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, People).Select(place => DemoTimeline.Life(place, today, random))];
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.InNorway().DateTime);

    [Fact]
    public void The_same_seed_and_day_give_the_same_lives()
    {
        static string Shape(List<DemoLife> lives) => string.Join('|', lives.Select(life =>
            string.Join(';', life.Episodes.Select(e => $"{e.Number}:{string.Join(',', e.Sessions.Select(s => s.ToString("O")))}:{e.EndedOn}"))
            + "/" + string.Join(';', life.Restarts.Select(r => r.RequestedAt.ToString("O")))
            + "/" + string.Join(';', life.Meetings)));

        Shape(Lives(Days[0])).ShouldBe(Shape(Lives(Days[0])));
        Shape(Lives(Days[0])).ShouldNotBe(Shape(Lives(Days[0], seed: 8)));
    }

    [Fact]
    public void In_each_of_the_last_fifteen_months_at_least_six_of_twenty_five_people_end_an_episode()
    {
        foreach (var today in Days)
        {
            var ends = Lives(today).SelectMany((life, place) => life.Episodes.Where(e => e.EndedOn is not null).Select(e => (place, e.EndedOn!.Value))).ToList();
            var thisMonth = new DateOnly(today.Year, today.Month, 1);
            for (var m = 1; m <= DemoTimeline.Months; m++)
            {
                var month = thisMonth.AddMonths(-m);
                ends.Where(e => e.Value.Year == month.Year && e.Value.Month == month.Month).Select(e => e.place).Distinct().Count()
                    .ShouldBeGreaterThanOrEqualTo(6, $"{month:yyyy-MM} from {today}");
            }
        }
    }

    [Fact]
    public void Episodes_follow_each_other_without_overlap_and_nothing_lies_after_yesterday()
    {
        foreach (var today in Days)
        {
            foreach (var life in Lives(today))
            {
                DateOnly? previousEnd = null;
                for (var i = 0; i < life.Episodes.Count; i++)
                {
                    var episode = life.Episodes[i];
                    episode.Number.ShouldBe(i + 1);
                    episode.Sessions.Count.ShouldBeInRange(1, DemoTimeline.MaxSessions);
                    episode.Sessions.ShouldBe(episode.Sessions.Order().ToList());
                    Day(episode.Sessions[^1]).ShouldBeLessThan(episode.EndedOn ?? today);
                    if (previousEnd is { } end)
                    {
                        Day(episode.Sessions[0]).ShouldBeGreaterThan(end);
                    }
                    (episode.EndedOn is null).ShouldBe(i == life.Episodes.Count - 1 && episode.EndedOn is null);
                    previousEnd = episode.EndedOn;
                }
                life.Meetings.ShouldAllBe(m => m.Date < today);
            }
        }
    }

    [Fact]
    public void Half_of_the_people_are_in_an_episode_now()
    {
        var lives = Lives(Days[0]);
        for (var place = 0; place < People; place++)
        {
            (lives[place].Episodes[^1].EndedOn is null).ShouldBe(DemoTimeline.InCareNow(place), $"place {place}");
        }
    }

    [Fact]
    public void A_request_to_start_again_follows_an_ended_episode_and_is_answered_within_thirty_days_or_still_waits()
    {
        var restarts = 0;
        foreach (var life in Lives(Days[0]))
        {
            foreach (var request in life.Restarts)
            {
                restarts++;
                var ended = life.Episodes.Single(e => e.Id == request.EndedEpisodeId);
                Day(request.RequestedAt).ShouldBeGreaterThan(ended.EndedOn!.Value);
                Day(request.RequestedAt).ShouldBeLessThanOrEqualTo(Days[0].AddDays(-2));
                var next = life.Episodes.FirstOrDefault(e => e.Number == ended.Number + 1);
                if (next is null)
                {
                    // Still waiting: the latest episode ended and nothing followed.
                    life.Episodes[^1].ShouldBe(ended);
                    continue;
                }
                next.Sessions[0].ShouldBeGreaterThan(request.RequestedAt);
                (Day(next.Sessions[0]).DayNumber - Day(request.RequestedAt).DayNumber).ShouldBeInRange(0, DemoTimeline.MaxDaysToContact);
            }
        }
        restarts.ShouldBeGreaterThan(10);
    }
}
