using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.UnitTests.Modules.Feedback;

public sealed class TrajectoryBandsTests
{
    // Four finished episodes with intake within 20 ± 1, one far away.
    private static readonly EpisodeSeries[] History =
    [
        new(19, [(1, 19), (2, 22), (3, 24)]),
        new(20, [(1, 20), (2, 21), (3, 26)]),
        new(20.5, [(1, 20.5), (2, 25)]),
        new(21, [(1, 21), (2, 23), (3, 30), (4, 31)]),
        new(35, [(1, 35), (2, 36)]),
    ];

    [Fact]
    public void The_band_is_the_median_and_25th_percentile_of_similar_intakes_at_each_session()
    {
        var bands = TrajectoryBands.Compute(History, minimumEpisodes: 4);

        // Session 2 for k = 20: totals 22, 21, 25, 23 -> sorted 21, 22, 23, 25. Median: position 1.5 -> 22.5.
        // 25th percentile: position 0.75 -> 21 + 0.75 × 1 = 21.75.
        bands.At(3, 20, 2).ShouldBe(new ExpectedBand(3, 22.5, 21.75));
        // Session 3: 24, 26, 30 (the 20.5 episode ended at session 2). Median 26; 25th: position 0.5 -> 25.
        bands.At(3, 20, 3).ShouldBe(new ExpectedBand(3, 26, 25));
        // Session 1 is the intake: 19, 20, 20.5, 21 -> median 20.25; 25th: 19 + 0.75 × 1 = 19.75.
        bands.At(3, 20, 1).ShouldBe(new ExpectedBand(3, 20.25, 19.75));
        bands.EpisodeCount.ShouldBe(5);
    }

    [Fact]
    public void An_intake_is_rounded_to_the_nearest_whole_score()
    {
        var bands = TrajectoryBands.Compute(History, minimumEpisodes: 4);

        bands.At(1, 19.6, 2).ShouldBe(bands.At(1, 20, 2));
        bands.At(1, 20.4, 2).ShouldBe(bands.At(1, 20, 2));
    }

    [Fact]
    public void Fewer_similar_episodes_than_the_minimum_give_no_band()
    {
        var bands = TrajectoryBands.Compute(History, minimumEpisodes: 4);

        // k = 19 sees 19 and 20 (two); k = 21 sees 20, 20.5 and 21 (three); k = 35 sees one.
        bands.At(1, 19, 2).ShouldBeNull();
        bands.At(1, 21, 2).ShouldBeNull();
        bands.At(1, 35, 2).ShouldBeNull();
        bands.Intakes.ShouldBe([20]);
        TrajectoryBands.Compute(History, minimumEpisodes: 5).Intakes.ShouldBeEmpty();
    }

    [Fact]
    public void The_default_minimum_is_thirty_episodes()
    {
        var episodes = Enumerable.Range(0, 29).Select(_ => new EpisodeSeries(20, [(1, 20), (2, 24)])).ToList();

        TrajectoryBands.Compute(episodes).At(1, 20, 2).ShouldBeNull();
        TrajectoryBands.Compute([.. episodes, new EpisodeSeries(20, [(1, 20), (2, 24)])]).At(1, 20, 2).ShouldBe(new ExpectedBand(1, 24, 24));
    }

    [Fact]
    public void A_session_nobody_in_the_history_reached_has_no_band()
    {
        var bands = TrajectoryBands.Compute(History, minimumEpisodes: 4);

        bands.At(1, 20, 4).ShouldBe(new ExpectedBand(1, 31, 31));
        bands.At(1, 20, 5).ShouldBeNull();
    }

    [Fact]
    public void Bands_read_back_from_json_give_the_same_answers()
    {
        var bands = TrajectoryBands.Compute(History, minimumEpisodes: 4);

        var again = TrajectoryBands.FromJson(bands.ToJson());

        again.EpisodeCount.ShouldBe(5);
        again.Intakes.ShouldBe([20]);
        foreach (var session in new[] { 1, 2, 3, 4, 5 })
        {
            again.At(2, 20, session).ShouldBe(bands.At(2, 20, session));
        }
    }

    [Fact]
    public void No_history_gives_no_bands()
    {
        var bands = TrajectoryBands.Compute([], minimumEpisodes: 1);

        bands.EpisodeCount.ShouldBe(0);
        bands.At(1, 20, 2).ShouldBeNull();
        TrajectoryBands.FromJson(bands.ToJson()).At(1, 20, 2).ShouldBeNull();
    }
}
