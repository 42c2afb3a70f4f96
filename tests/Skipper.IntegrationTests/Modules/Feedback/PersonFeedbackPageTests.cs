using System.Net;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Feedback;

public sealed class PersonFeedbackPageTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_see_the_graph_with_bands_the_signals_with_next_steps_and_the_persons_comment(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var path = $"/personer/{personId}/tilbakemelding";

        var page = WebUtility.HtmlDecode(await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync(path));

        page.ShouldContain("<svg class=\"chart-svg\"");
        page.ShouldContain("Verdt å snakke om (time 6)");
        page.ShouldContain("Jeg ble litt stresset av at vi ikke rakk å snakke om jobben.");
        page.ShouldContain("pålitelig bedring");
        (await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.BrowserAs(Clients.Nabo("ansatt"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "read" && e.PersonId == personId && e.Resource == "feedback");
    }
}
