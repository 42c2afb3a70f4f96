using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Guide.Pages;
using static Skipper.IntegrationTests.Modules.Guide.GuidePagesKit;

namespace Skipper.IntegrationTests.Modules.Guide;

[Collection(GuidePagesCollection.Name)]
public sealed class GuidePageEditingTests(Apps apps)
{
    private const string Form = "/veileder/les/motiverende-intervju/rediger";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_administrator_edits_on_the_form_and_sees_the_saved_page_below(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.BrowserAs(Clients.Demo("admin"));
        var version = (await (await app.ApiAs(Clients.Demo("admin"))).PageAsync("motiverende-intervju")).GetProperty("version").GetInt32();

        var saved = await admin.PostFormAsync(Form, new()
        {
            ["title"] = "MI i hverdagen",
            ["markdown"] = "## Åpne spørsmål\r\n\r\nSpør *hva* og *hvordan*.<script>alert(1)</script>\r\n",
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe(Form + "?lagret=true#preview");
        var after = await (await admin.GetAsync(Form + "?lagret=true")).Content.ReadAsStringAsync();
        after.ShouldContain("Siden er lagret.");
        after.ShouldContain("<h2>Åpne spørsmål</h2>");
        after.ShouldContain("Spør <em>hva</em> og <em>hvordan</em>.");
        after.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;&#xA;</textarea>");
        after.ShouldNotContain("<script>alert");
        var page = await (await app.ApiAs(Clients.Demo("ansatt"))).PageAsync("motiverende-intervju");
        page.Text("title").ShouldBe("MI i hverdagen");
        page.Text("markdown").ShouldBe("## Åpne spørsmål\n\nSpør *hva* og *hvordan*.<script>alert(1)</script>\n");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_refused_form_keeps_what_was_typed_and_saves_nothing(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.BrowserAs(Clients.Demo("admin"));
        var api = await app.ApiAs(Clients.Demo("admin"));
        var before = await api.PageAsync("tilbakemelding");
        var typed = "Min nye tekst om tilbakemelding som ikke må forsvinne.";

        var refused = await admin.PostFormAsync("/veileder/les/tilbakemelding/rediger", new()
        {
            ["title"] = new string('x', 201),
            ["markdown"] = typed,
            ["version"] = before.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Tittelen kan være høyst 200 tegn.");
        html.ShouldContain($"value=\"{new string('x', 201)}\"");
        html.ShouldContain(typed + "</textarea>");
        (await api.PageAsync("tilbakemelding")).ToString().ShouldBe(before.ToString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Seeding_again_fills_in_a_missing_page_and_never_overwrites_an_edited_one(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        (await admin.PutPageAsync("samtykkekompetanse", new { title = "Vår tekst om samtykke", markdown = "Kommunens egen tekst." })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShippedGuidePages>().SeedAsync();
        }

        var page = await admin.PageAsync("samtykkekompetanse");
        page.Text("title").ShouldBe("Vår tekst om samtykke");
        page.Text("markdown").ShouldBe("Kommunens egen tekst.");
        (await (await admin.GetAsync(Pages + "?culture=en")).JsonAsync()).EnumerateArray().Select(p => p.Text("title"))
            .ShouldContain("Capacity to consent");
        (await (await app.ApiAs(Clients.Nabo("ansatt"))).GetAsync(Pages)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await (await app.ApiAs(Clients.Nabo("ansatt"))).GetAsync(Pages)).JsonAsync()).GetArrayLength().ShouldBe(11);
    }
}
