using System.Net;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class RelativesPageTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_relatives_page_says_what_to_expect_and_where_to_get_support_and_is_linked_for_relatives(string provider)
    {
        using var app = new AppFactory(provider);
        var relative = await app.BrowserAs(Clients.Demo("parorende"));

        var open = await app.CreateClient().GetAsync("/parorende");
        var english = await app.CreateClient().GetStringAsync("/parorende?culture=en");
        var signedIn = await relative.GetStringAsync("/parorende");

        open.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await open.Content.ReadAsStringAsync();
        html.ShouldContain("<h1>Å være pårørende</h1>");
        html.ShouldContain("Du ser bare det personen har valgt å dele med deg");
        html.ShouldContain("Personen kan se at du har lest");
        html.ShouldContain("href=\"https://www.pårørendesenteret.no/\"");
        html.ShouldContain("href=\"https://www.lpp.no/\"");
        html.ShouldNotContain("href=\"/delt\"");
        signedIn.ShouldContain("href=\"/delt\"");
        (await relative.GetStringAsync("/hjem")).ShouldContain("href=\"/parorende\"");
        (await relative.GetStringAsync("/delt")).ShouldContain("href=\"/parorende\"");
        english.ShouldContain("<h1>Being a relative</h1>");
        english.ShouldContain("You see only what the person has chosen to share with you");
    }
}
