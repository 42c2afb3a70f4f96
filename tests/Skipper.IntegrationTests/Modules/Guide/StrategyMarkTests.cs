using System.Net;
using Skipper.Web.Modules.Guide.Data;

namespace Skipper.IntegrationTests.Modules.Guide;

[Collection(AppsCollection.Name)]
public sealed class StrategyMarkTests(Apps apps)
{
    private static async Task<List<string>> MarkedAsync(HttpClient client)
    {
        var all = await (await client.GetAsync("/api/v1/guide/strategies")).JsonAsync();
        all.GetArrayLength().ShouldBeGreaterThan(20);
        return all.EnumerateArray().Where(s => s.GetProperty("marked").GetBoolean()).Select(s => s.GetProperty("key").GetString()!).ToList();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task My_marks_are_mine_alone_and_no_leader_admin_or_colleague_sees_them(string provider)
    {
        var app = apps.For(provider);
        var me = await app.ApiAs(await app.CreateAccountAsync("ansatt"));

        (await me.PutAsync("/api/v1/guide/strategies/listen-without-judging/mark", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var marked = await me.PutAsync("/api/v1/guide/strategies/own-goals/mark", null);
        (await me.PutAsync("/api/v1/guide/strategies/own-goals/mark", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await marked.JsonAsync()).GetProperty("marked").GetBoolean().ShouldBeTrue();
        (await MarkedAsync(me)).ShouldBe(["listen-without-judging", "own-goals"], ignoreOrder: true);
        foreach (var role in new[] { "ansatt", "recoverykontakt", "avdelingsleder", "seksjonsleder", "admin" })
        {
            (await MarkedAsync(await app.ApiAs(Clients.Demo(role)))).ShouldBeEmpty(role);
        }
        var leaderPage = await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetStringAsync("/veileder/strategier");
        leaderPage.ShouldNotContain("Merket for øving");

        (await me.DeleteAsync("/api/v1/guide/strategies/own-goals/mark")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MarkedAsync(me)).ShouldBe(["listen-without-judging"]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unknown_strategy_gets_404_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var me = await app.ApiAs(await app.CreateAccountAsync("ansatt"));
        var before = await app.CountAsync<StrategyMark>();

        var put = await me.PutAsync("/api/v1/guide/strategies/no-such-strategy/mark", null);
        var delete = await me.DeleteAsync("/api/v1/guide/strategies/no-such-strategy/mark");

        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await put.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke strategien.");
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CountAsync<StrategyMark>()).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Marking_on_the_page_works_without_javascript_and_shows_in_my_marked_view(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("erfaringsmedarbeider");
        var browser = await app.BrowserAs(email);

        var posted = await browser.PostFormAsync("/veileder/strategier?handler=Mark", new() { ["key"] = "room-for-grief", ["mark"] = "true" }, "/veileder/strategier");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Location().ShouldBe("/veileder/strategier#s-room-for-grief");
        var mine = await browser.GetStringAsync("/veileder/strategier?vis=mine");
        mine.ShouldContain("Gi rom for sorg over det som er tapt.");
        mine.ShouldContain("Merket for øving");
        mine.ShouldNotContain("Lytt uten å dømme.");
        (await MarkedAsync(await app.ApiAs(email))).ShouldBe(["room-for-grief"]);

        var unmarked = await browser.PostFormAsync("/veileder/strategier?handler=Mark", new() { ["key"] = "room-for-grief", ["mark"] = "false", ["vis"] = "mine" }, "/veileder/strategier");
        unmarked.Location().ShouldBe("/veileder/strategier?vis=mine#s-room-for-grief");
        (await browser.GetStringAsync("/veileder/strategier?vis=mine")).ShouldContain("Du har ikke merket noen strategier ennå.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_person_in_recovery_cannot_use_the_staff_grid(string provider)
    {
        var app = apps.For(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        (await person.GetAsync("/api/v1/guide/strategies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await person.PutAsync("/api/v1/guide/strategies/own-goals/mark", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
