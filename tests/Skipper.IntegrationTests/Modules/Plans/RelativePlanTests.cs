using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class RelativePlanTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_relative_sees_only_the_shared_parts_and_each_read_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var relative = await app.ApiAs(Clients.Demo("parorende"));

        var whole = await relative.GetAsync($"/api/v1/persons/{personId}/plan");
        var goals = await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals");
        var whatMatters = await relative.GetAsync($"/api/v1/persons/{personId}/plan/what-matters");
        var page = await (await app.BrowserAs(Clients.Demo("parorende"))).GetAsync($"/delt/{personId}");

        whole.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await whole.JsonAsync();
        body.GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ShouldBe(["goals", "warning-signs"]);
        body.GetProperty("goals").GetArrayLength().ShouldBe(3);
        body.TryGetProperty("whatMatters", out _).ShouldBeFalse();
        body.TryGetProperty("proposals", out _).ShouldBeFalse();
        body.TryGetProperty("chime", out _).ShouldBeFalse();
        body.TryGetProperty("warningSigns", out _).ShouldBeTrue();
        goals.StatusCode.ShouldBe(HttpStatusCode.OK);
        whatMatters.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await whatMatters.JsonAsync()).GetProperty("title").GetString().ShouldBe("Denne delen av planen er ikke delt med deg");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Gå tur tre ganger i uka");
        html.ShouldNotContain("datteren min");
        var audit = (await Demo.AuditAsync(app)).Where(e => e.PersonId == personId && e.ActorRole == "parorende").ToList();
        audit.Count(e => e.Action == "read").ShouldBe(3);
        audit.ShouldContain(e => e.Action == "denied" && e.Resource == "plan/what-matters");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_withdrawn_share_gives_nothing_from_the_next_request_and_no_share_is_404(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var relative = await app.ApiAs(Clients.Demo("parorende"));
        var stranger = await app.ApiAs(await app.CreateAccountAsync("parorende"));
        var browser = await app.BrowserAs(Clients.Demo("parorende"));
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetStringAsync("/delt")).ShouldContain($"href=\"/delt/{personId}\"");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var share = await db.RelativeShares.IgnoreQueryFilters().SingleAsync(s => s.PersonId == personId);
            share.WithdrawnAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        (await relative.GetAsync($"/api/v1/persons/{personId}/plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/delt/{personId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetStringAsync("/delt")).ShouldNotContain($"/delt/{personId}");
        (await stranger.GetAsync($"/api/v1/persons/{personId}/plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/persons/{personId}/plan/what-matters")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/v1/persons/{personId}/plan/goals", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
