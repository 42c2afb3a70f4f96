using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Modules.Feedback.Trajectories;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Feedback;

[Collection(AppsCollection.Name)]
public sealed class TrajectoryRecalculationTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_version_is_stored_only_when_more_episodes_have_finished(string provider)
    {
        var app = apps.For(provider);
        var history = new TrajectoryHistory(app);
        await history.CreateTenantAsync();
        // 30 finished episodes with intake 20; at session 2 the totals are 21..30, three of each.
        for (var i = 0; i < 30; i++)
        {
            await history.AddEpisodeAsync(ended: true, 20, 21 + (i % 10), 26);
        }
        var open = await history.AddEpisodeAsync(ended: false, 20, 10);

        var first = await RecalculateAsync(app, history.TenantId);
        var unchanged = await RecalculateAsync(app, history.TenantId);
        await history.EndEpisodeAsync(open);
        var second = await RecalculateAsync(app, history.TenantId);

        first.ShouldBe(1);
        unchanged.ShouldBeNull();
        second.ShouldBe(2);
        var stored = await history.TrajectoriesAsync();
        stored.Select(t => (t.Version, t.EpisodeCount)).ShouldBe([(1, 30), (2, 31)]);
        // Sorted session-2 totals of version 1: median at position 14.5 is (25 + 26) / 2; 25th percentile at position 7.25 is 23.
        TrajectoryBands.FromJson(stored[0].BandsJson).At(1, 20, 2).ShouldBe(new ExpectedBand(1, 25.5, 23));
        TrajectoryBands.FromJson(stored[0].BandsJson).At(1, 20, 3).ShouldBe(new ExpectedBand(1, 26, 26));
        TrajectoryBands.FromJson(stored[0].BandsJson).At(1, 25, 2).ShouldBeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_latest_version_is_read_for_the_requests_municipality_only(string provider)
    {
        var app = apps.For(provider);
        var history = new TrajectoryHistory(app);
        await history.CreateTenantAsync();
        for (var i = 0; i < 30; i++)
        {
            await history.AddEpisodeAsync(ended: true, 12, 14);
        }
        await RecalculateAsync(app, history.TenantId);

        var mine = await LatestAsync(app, history.TenantId);
        var neighbour = await LatestAsync(app, Guid.NewGuid());

        mine.ShouldNotBeNull();
        mine.Value.Version.ShouldBe(1);
        mine.Value.Bands.At(mine.Value.Version, 12, 2).ShouldBe(new ExpectedBand(1, 14, 14));
        neighbour.ShouldBeNull();

        await history.AddEpisodeAsync(ended: true, 12, 20);
        await RecalculateAsync(app, history.TenantId);
        var after = await LatestAsync(app, history.TenantId);
        after!.Value.Version.ShouldBe(2);
        after.Value.Bands.EpisodeCount.ShouldBe(31);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_daily_run_recalculates_every_municipality_with_an_outcome_instrument(string provider)
    {
        var app = apps.For(provider);
        var history = new TrajectoryHistory(app);
        await history.CreateTenantAsync();
        await history.AddOutcomeInstrumentAsync();
        await history.AddEpisodeAsync(ended: true, 18, 22);

        await app.Services.GetRequiredService<TrajectoryRecalculationService>().RecalculateAllAsync(CancellationToken.None);

        (await history.TrajectoriesAsync()).Select(t => (t.Version, t.EpisodeCount)).ShouldBe([(1, 1)]);
    }

    private static async Task<int?> RecalculateAsync(AppFactory app, Guid tenantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrajectoryRecalculation>().RecalculateAsync(tenantId, "outcome", CancellationToken.None);
    }

    private static async Task<(int Version, TrajectoryBands Bands)?> LatestAsync(AppFactory app, Guid tenantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId);
        return await scope.ServiceProvider.GetRequiredService<TrajectoryRecalculation>().LatestAsync("outcome");
    }
}
