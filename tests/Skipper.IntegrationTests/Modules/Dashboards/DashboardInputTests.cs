using System.Net;
using System.Text.Json;
using Skipper.Web.Modules.Dashboards;

namespace Skipper.IntegrationTests.Modules.Dashboards;

/// <summary>Bad periods get a clear Norwegian message and a 400, never a 500.</summary>
[Collection(AppsCollection.Name)]
public sealed class DashboardInputTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_period_that_ends_before_it_starts_is_refused_with_a_clear_message(string provider)
    {
        var app = apps.For(provider);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var browser = await app.BrowserAs(Clients.Demo("seksjonsleder"));

        var refused = await section.GetAsync("/api/v1/dashboards/section?from=2025-06&to=2025-03");
        var page = await browser.GetAsync("/ledelse?from=2025-06&to=2025-03&grain=month");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.JsonAsync();
        problem.GetProperty("errors").GetProperty("to")[0].GetString().ShouldBe("Perioden slutter før den begynner. Velg en til-måned som er lik eller senere enn fra-måneden.");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        html.ShouldContain("Perioden slutter før den begynner.");
        html.ShouldContain("value=\"2025-06\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_kind_of_bad_period_gets_a_400_naming_its_field(string provider)
    {
        var app = apps.For(provider);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var own = (await app.FindAccountAsync(Clients.Demo("avdelingsleder"))).DepartmentId!.Value;
        (string Query, string Field, string Message)[] cases =
        [
            ("from=2025-01-15&to=2025-03", "from", "Perioden må begynne den første dagen i en måned."),
            ("from=2025-01&to=2025-03-30", "to", "Perioden må slutte den siste dagen i en måned."),
            ("from=2025-02&to=2025-06&grain=quarter", "from", "Per kvartal må perioden begynne 1. januar, 1. april, 1. juli eller 1. oktober."),
            ("from=2025-01&to=2025-03&grain=week", "grain", "Velg måned eller kvartal."),
            ("from=2019-01&to=2025-01", "to", "En periode kan være høyst 60 måneder."),
            ("from=2025-02-30&to=2025-03", "from", "Skriv fra-måneden som åååå-mm (for eksempel 2025-01), eller som en dato som finnes."),
            ("from=2025-13&to=2025-12", "from", "Skriv fra-måneden som åååå-mm (for eksempel 2025-01), eller som en dato som finnes."),
            ("from=2025-01&to=%27%3Bdrop", "to", "Skriv til-måneden som åååå-mm (for eksempel 2025-12), eller som en dato som finnes."),
        ];

        foreach (var (query, field, message) in cases)
        {
            foreach (var path in new[] { "/api/v1/dashboards/section", $"/api/v1/dashboards/departments/{own}" })
            {
                var response = await section.GetAsync($"{path}?{query}");
                response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
                var problem = await response.JsonAsync();
                problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
                problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message, query);
            }
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_day_as_well_as_a_month_is_read_and_the_default_is_twelve_whole_months(string provider)
    {
        var app = apps.For(provider);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));

        var days = await (await section.GetAsync("/api/v1/dashboards/section?from=2025-01-01&to=2025-03-31")).JsonAsync();
        var standard = await (await section.GetAsync("/api/v1/dashboards/section")).JsonAsync();

        days.GetProperty("periods").GetArrayLength().ShouldBe(3);
        standard.GetProperty("periods").GetArrayLength().ShouldBe(12);
        standard.GetProperty("grain").GetString().ShouldBe("Month");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_refresh_command_recomputes_every_municipality_and_exits_cleanly(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);

        var exit = await DashboardsModule.RunRefreshCommandAsync(app.Services);
        var section = await app.ApiAs(town.SectionLeader);
        var dashboard = await (await section.GetAsync("/api/v1/dashboards/section?" + DashboardKit.Period)).JsonAsync();

        exit.ShouldBe(0);
        DashboardsModule.IsRefreshCommand(["dashboards", "refresh"]).ShouldBeTrue();
        DashboardKit.Figure(dashboard, "episodes").GetProperty("total").GetProperty("value").GetDouble().ShouldBe(6);
    }
}
