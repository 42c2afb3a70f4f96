using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class PlanPartsAccessTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_with_a_care_relation_read_resources_values_and_chime_but_cannot_write_them(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var values = await staff.GetAsync($"/api/v1/persons/{personId}/plan/values");
        var chime = await staff.GetAsync($"/api/v1/persons/{personId}/plan/chime");
        var resources = await staff.GetAsync($"/api/v1/persons/{personId}/plan/resources");
        var write = await staff.PutAsJsonAsync("/api/v1/me/plan/values", new { chosen = new[] { "Mot" }, kept = Array.Empty<string>(), version = 1 });
        var rate = await staff.PostAsJsonAsync("/api/v1/me/plan/chime/ratings", new { ratings = new { hope = 1 } });
        var page = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync($"/personer/{personId}/plan");

        values.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await values.JsonAsync()).GetProperty("values").GetProperty("kept").GetArrayLength().ShouldBe(5);
        chime.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await chime.JsonAsync()).GetProperty("chime").GetProperty("ratings").GetArrayLength().ShouldBeGreaterThan(5);
        resources.StatusCode.ShouldBe(HttpStatusCode.OK);
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        rate.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.ShouldContain("Jeg er god med dyr");
        page.ShouldContain("Dyr/dyrevern");
        page.ShouldContain("At jeg en dag kan jobbe med hester igjen");
        page.ShouldContain("role=\"img\"");
        var reads = (await Demo.AuditAsync(app)).Where(e => e.Action == "read" && e.PersonId == personId && e.ActorRole == "ansatt").Select(e => e.Resource).ToList();
        reads.ShouldContain("plan/values");
        reads.ShouldContain("plan/chime");
        reads.ShouldContain("plan/resources");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_relative_without_the_part_shared_gets_403_and_sees_it_once_it_is_shared(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var relative = await app.ApiAs(Clients.Demo("parorende"));
        var browser = await app.BrowserAs(Clients.Demo("parorende"));

        var values = await relative.GetAsync($"/api/v1/persons/{personId}/plan/values");
        var chime = await relative.GetAsync($"/api/v1/persons/{personId}/plan/chime");
        var resources = await relative.GetAsync($"/api/v1/persons/{personId}/plan/resources");
        var page = await browser.GetStringAsync($"/delt/{personId}");

        values.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await values.JsonAsync()).GetProperty("title").GetString().ShouldBe("Denne delen av planen er ikke delt med deg");
        chime.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        resources.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.ShouldContain("Gå tur tre ganger i uka");
        page.ShouldNotContain("Dyr/dyrevern");
        page.ShouldNotContain("At jeg en dag kan jobbe med hester igjen");
        page.ShouldNotContain("Jeg er god med dyr");
        var audit = await Demo.AuditAsync(app);
        audit.ShouldContain(e => e.Action == "denied" && e.Resource == "plan/values" && e.PersonId == personId);
        audit.ShouldContain(e => e.Action == "denied" && e.Resource == "plan/chime" && e.PersonId == personId);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var share = await db.RelativeShares.IgnoreQueryFilters().SingleAsync(s => s.PersonId == personId);
            share.Scopes = "values chime";
            await db.SaveChangesAsync();
        }

        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/values")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var shared = await browser.GetStringAsync($"/delt/{personId}");
        shared.ShouldContain("Dyr/dyrevern");
        shared.ShouldContain("At jeg en dag kan jobbe med hester igjen");
        shared.ShouldNotContain("Gå tur tre ganger i uka");
        shared.ShouldNotContain("Jeg er god med dyr");
    }
}
