using System.Net;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class PlanPrintTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_print_page_shows_every_part_of_my_plan_without_forms_and_only_to_me(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.BrowserAs(Clients.Demo("bruker"));
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));

        var page = await person.GetAsync("/min-plan/utskrift");
        var overview = await person.GetStringAsync("/min-plan");
        var forStaff = await staff.GetAsync("/min-plan/utskrift");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<h1 id=\"print-title\">Planen til Ola Nordmann</h1>");
        html.ShouldContain("se datteren min hver helg");
        html.ShouldContain("Gå tur tre ganger i uka");
        html.ShouldContain("Jeg sover dårlig flere netter på rad.");
        html.ShouldContain("Skal jeg trappe ned på sovemedisinen?");
        html.ShouldContain("id=\"resources\"");
        html.ShouldContain("Ola Nordmann var med på 2 av 3 møter");
        html.ShouldNotContain("<textarea");
        overview.ShouldContain("href=\"/min-plan/utskrift\"");
        forStaff.StatusCode.ShouldBe(HttpStatusCode.Found);
        forStaff.Headers.Location!.AbsolutePath.ShouldBe("/feil/403");
    }
}
