using System.Net;
using static Skipper.IntegrationTests.Modules.Guide.GuidePagesKit;

namespace Skipper.IntegrationTests.Modules.Guide;

[Collection(GuidePagesCollection.Name)]
public sealed class GuidePagesTests(Apps apps)
{
    private static readonly string[] Slugs =
    [
        "hva-er-recovery", "fra-tradisjonell-til-recovery", "nasjonale-foringer", "etikk", "samtykkekompetanse", "samvalg",
        "roller", "motiverende-intervju", "etisk-refleksjon", "ferdigheter-og-mal", "tilbakemelding",
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_read_part_one_in_order_as_safe_html_in_their_language(string provider)
    {
        var app = apps.For(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var list = (await (await staff.GetAsync(Pages)).JsonAsync()).EnumerateArray().ToList();
        var page = await staff.PageAsync("fra-tradisjonell-til-recovery");
        var english = await staff.PageAsync("fra-tradisjonell-til-recovery", "?culture=en");

        list.Select(p => p.Text("slug")).ShouldBe(Slugs);
        list[0].Text("title").ShouldBe("Hva er recovery?");
        list.Select(p => p.GetProperty("order").GetInt32()).ShouldBeInOrder();
        page.Text("title").ShouldBe("Fra tradisjonell til recoveryorientert praksis");
        page.Text("markdown").ShouldContain("| Tradisjonell praksis | Recoveryorientert praksis |");
        page.Text("html").ShouldContain("<th scope=\"col\">Tradisjonell praksis</th>");
        page.Text("html").ShouldContain("<td>Kontroll</td>");
        page.Text("html").ShouldNotContain("<script");
        page.GetProperty("version").GetInt32().ShouldBe(1);
        english.Text("title").ShouldBe("From traditional to recovery-oriented practice");
        english.Text("html").ShouldContain("<th scope=\"col\">Traditional practice</th>");

        var browser = await app.BrowserAs(Clients.Demo("erfaringsmedarbeider"));
        var start = await browser.GetAsync("/veileder");
        var shown = await browser.GetAsync("/veileder/les/fra-tradisjonell-til-recovery");

        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        var startHtml = await start.Content.ReadAsStringAsync();
        startHtml.ShouldContain("<a href=\"/veileder/les/samtykkekompetanse\">Samtykkekompetanse</a>");
        startHtml.ShouldContain("href=\"/veileder/strategier\"");
        startHtml.ShouldNotContain("href=\"/veileder/nettverk\"");
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shownHtml = await shown.Content.ReadAsStringAsync();
        shownHtml.ShouldContain(page.Text("html"));
        shownHtml.ShouldContain("<a href=\"/veileder/les/hva-er-recovery\" rel=\"prev\">Hva er recovery?</a>");
        shownHtml.ShouldContain("<a href=\"/veileder/les/nasjonale-foringer\" rel=\"next\">Nasjonale føringer</a>");
        shownHtml.ShouldNotContain("/rediger");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Recovery_contacts_see_the_department_and_network_links_on_the_start_page(string provider)
    {
        var browser = await apps.For(provider).BrowserAs(Clients.Demo("recoverykontakt"));

        var start = await (await browser.GetAsync("/veileder")).Content.ReadAsStringAsync();

        start.ShouldContain("href=\"/veileder/avdeling\"");
        start.ShouldContain("href=\"/veileder/nettverk\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Script_and_event_handlers_are_stored_as_typed_but_never_shown(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        const string markdown = "## Ny tekst\n\nHei <script>alert(1)</script> alle.\n\n<img src=x onerror=alert(2)>\n\n[Trykk](javascript:alert(3))\n";

        var saved = await admin.PutPageAsync("samvalg", new { title = "Samvalg i praksis", markdown, version = 1 });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var page = await staff.PageAsync("samvalg");
        page.Text("title").ShouldBe("Samvalg i praksis");
        page.Text("markdown").ShouldBe(markdown);
        page.GetProperty("version").GetInt32().ShouldBe(2);
        page.Text("html").ShouldContain("<h2>Ny tekst</h2>");
        page.Text("html").ShouldContain("Trykk");
        foreach (var dangerous in new[] { "<script", "alert", "onerror", "javascript", "<img" })
        {
            page.Text("html").ShouldNotContain(dangerous, Case.Insensitive);
        }
        var shown = await (await (await app.BrowserAs(Clients.Demo("ansatt"))).GetAsync("/veileder/les/samvalg")).Content.ReadAsStringAsync();
        shown.ShouldContain("<h1 id=\"page-title\">Samvalg i praksis</h1>");
        shown.ShouldContain(page.Text("html"));
        shown.ShouldNotContain("alert(", Case.Insensitive);
        shown.ShouldNotContain("onerror", Case.Insensitive);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_and_recovery_contacts_cannot_edit_and_nothing_changes(string provider)
    {
        var app = apps.For(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var before = await staff.PageAsync("roller");

        foreach (var role in new[] { "ansatt", "recoverykontakt", "avdelingsleder", "seksjonsleder" })
        {
            var client = await app.ApiAs(Clients.Demo(role));
            (await client.PutPageAsync("roller", new { title = "Endret", markdown = "Endret." })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        var form = await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).GetAsync("/veileder/les/roller/rediger");

        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.Headers.Location!.AbsolutePath.ShouldBe("/feil/403");
        (await staff.PageAsync("roller")).ToString().ShouldBe(before.ToString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_gets_a_message_naming_the_field_and_nothing_changes(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var before = await admin.PageAsync("etikk");

        var longTitle = await admin.PutPageAsync("etikk", new { title = new string('t', 201), markdown = "Tekst." });
        var empty = await admin.PutPageAsync("etikk", new { title = " ", markdown = " \n " });
        var longText = await admin.PutPageAsync("etikk", new { title = "Etikk", markdown = new string('m', 40_001) });
        var nothing = await admin.PutPageAsync("etikk", new { });

        longTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longTitle.JsonAsync()).Errors("title").ShouldBe(["Tittelen kan være høyst 200 tegn."]);
        var emptyProblem = await empty.JsonAsync();
        emptyProblem.Errors("title").ShouldBe(["Skriv en tittel."]);
        emptyProblem.Errors("markdown").ShouldBe(["Siden kan ikke være tom. Skriv teksten til siden."]);
        (await longText.JsonAsync()).Errors("markdown").ShouldBe(["Teksten kan være høyst 40000 tegn."]);
        nothing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PageAsync("etikk")).ToString().ShouldBe(before.ToString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_edit_from_an_old_version_gets_409_and_the_newer_text_stays(string provider)
    {
        var admin = await apps.For(provider).ApiAs(Clients.Demo("admin"));
        var version = (await admin.PageAsync("ferdigheter-og-mal")).GetProperty("version").GetInt32();

        var first = await admin.PutPageAsync("ferdigheter-og-mal", new { title = "Først", markdown = "Først.", version });
        var second = await admin.PutPageAsync("ferdigheter-og-mal", new { title = "Sist", markdown = "Sist.", version });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.JsonAsync()).Text("title").ShouldBe("Noen andre lagret siden mens du skrev. Ingenting er overskrevet.");
        (await admin.PageAsync("ferdigheter-og-mal")).Text("title").ShouldBe("Først");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unknown_page_is_404_on_the_api_and_a_friendly_page(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));

        var read = await admin.GetAsync($"{Pages}/finnes-ikke");
        var write = await admin.PutPageAsync("finnes-ikke", new { title = "Ny", markdown = "Ny." });
        var page = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetAsync("/veileder/les/finnes-ikke");

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await read.JsonAsync()).Text("title").ShouldBe("Fant ikke denne siden i veilederen.");
        write.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldContain("<h1");
        (await (await admin.GetAsync(Pages)).JsonAsync()).GetArrayLength().ShouldBe(Slugs.Length);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_neighbours_edit_never_shows_in_demo_kommune(string provider)
    {
        var app = apps.For(provider);
        var neighbour = await app.ApiAs(Clients.Nabo("admin"));

        var saved = await neighbour.PutPageAsync("nasjonale-foringer", new { title = "Naboens føringer", markdown = "Bare hos naboen." });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ApiAs(Clients.Nabo("ansatt"))).PageAsync("nasjonale-foringer")).Text("title").ShouldBe("Naboens føringer");
        var demo = await (await app.ApiAs(Clients.Demo("ansatt"))).PageAsync("nasjonale-foringer");
        demo.Text("title").ShouldBe("Nasjonale føringer");
        demo.Text("html").ShouldNotContain("naboen");
        var shown = await (await (await app.BrowserAs(Clients.Demo("ansatt"))).GetAsync("/veileder/les/nasjonale-foringer")).Content.ReadAsStringAsync();
        shown.ShouldNotContain("Naboens føringer");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_person_in_recovery_and_a_relative_are_kept_out(string provider)
    {
        var app = apps.For(provider);

        foreach (var role in new[] { "bruker", "parorende" })
        {
            var browser = await app.BrowserAs(Clients.Demo(role));
            foreach (var path in new[] { "/veileder", "/veileder/les/etikk" })
            {
                var page = await browser.GetAsync(path);
                page.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{role} {path}");
                page.Headers.Location!.AbsolutePath.ShouldBe("/feil/403", $"{role} {path}");
            }
            var api = await app.ApiAs(Clients.Demo(role));
            (await api.GetAsync(Pages)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await api.GetAsync($"{Pages}/etikk")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        (await app.Browser().GetAsync("/veileder")).Headers.Location!.AbsolutePath.ShouldBe("/logg-inn");
    }
}
