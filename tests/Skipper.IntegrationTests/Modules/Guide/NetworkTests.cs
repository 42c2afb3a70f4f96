using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Modules.Guide.Network;

namespace Skipper.IntegrationTests.Modules.Guide;

[Collection(AppsCollection.Name)]
public sealed class NetworkTests(Apps apps)
{
    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_and_persons_are_kept_out_while_leaders_and_the_administrator_read(string provider)
    {
        var app = apps.For(provider);

        (await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync("/api/v1/guide/network")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/guide/network")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));
        var page = await staff.GetAsync("/veileder/nettverk");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var denied = await staff.GetAsync(page.Location());
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        denied.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/feil/403");
        foreach (var role in new[] { "recoverykontakt", "avdelingsleder", "seksjonsleder", "admin" })
        {
            (await (await app.ApiAs(Clients.Demo(role))).GetAsync("/api/v1/guide/network")).StatusCode.ShouldBe(HttpStatusCode.OK, role);
        }
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        (await leader.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = Iso(Today()), agenda = "Leder prøver" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var leaderPage = await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetStringAsync("/veileder/nettverk");
        leaderPage.ShouldNotContain("name=\"agenda\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_recovery_contact_adds_a_gathering_with_who_came_and_changes_it(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var network = await (await contact.GetAsync("/api/v1/guide/network")).JsonAsync();
        var contacts = network.GetProperty("departments").EnumerateArray().SelectMany(d => d.GetProperty("contacts").EnumerateArray()).ToList();
        var anne = contacts.First();

        var added = await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings",
            new { heldOn = Iso(Today().AddDays(-3)), agenda = "Erfaringer med refleksjonskort", attendees = new[] { anne.GetProperty("id").GetGuid() }, notes = "Neste gang: FIT." });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var gathering = await added.JsonAsync();
        gathering.GetProperty("attendees")[0].GetProperty("name").GetString().ShouldBe(anne.GetProperty("name").GetString());
        var id = gathering.GetProperty("id").GetGuid();
        var page = await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync("/veileder/nettverk");
        page.ShouldContain("Erfaringer med refleksjonskort");

        var changed = await contact.PutAsJsonAsync($"/api/v1/guide/network/gatherings/{id}",
            new { heldOn = Iso(Today().AddDays(-3)), agenda = "Erfaringer med refleksjonskort og FIT", attendees = Array.Empty<Guid>(), notes = "", version = 1 });
        var stale = await contact.PutAsJsonAsync($"/api/v1/guide/network/gatherings/{id}",
            new { heldOn = Iso(Today()), agenda = "Gammel", version = 1 });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.JsonAsync()).GetProperty("attendees").GetArrayLength().ShouldBe(0);
        var contactBrowser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var editPage = $"/veileder/nettverk/samling/{id}";
        (await contactBrowser.GetStringAsync(editPage)).ShouldContain("Erfaringer med refleksjonskort og FIT</textarea>");
        var edited = await contactBrowser.PostFormAsync(editPage, new() { ["heldOn"] = Iso(Today().AddDays(-2)), ["agenda"] = "Endret i skjemaet", ["version"] = "2" });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetAsync(editPage)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await contact.PutAsJsonAsync($"/api/v1/guide/network/gatherings/{Guid.NewGuid()}", new { heldOn = Iso(Today()), agenda = "x", version = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_date_too_far_ahead_an_over_long_agenda_or_a_stranger_is_refused_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var nabo = await app.AccountIdAsync(Clients.Nabo("recoverykontakt"));
        var before = await app.CountAsync<ContactGathering>();

        var ahead = await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = Iso(Today().AddYears(1).AddDays(1)), agenda = "Om et år" });
        var longAgenda = await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = Iso(Today()), agenda = new string('a', 4001) });
        var badDate = await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = "31.12.2026", agenda = "Dato" });
        var stranger = await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = Iso(Today()), agenda = "Gjest", attendees = new[] { nabo } });
        var planned = await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = Iso(Today().AddYears(1)), agenda = "Planlagt om et år" });

        (await ahead.JsonAsync()).GetProperty("errors").GetProperty("heldOn")[0].GetString().ShouldBe("En samling kan planlegges høyst ett år fram i tid.");
        (await longAgenda.JsonAsync()).GetProperty("errors").GetProperty("agenda")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        (await badDate.JsonAsync()).GetProperty("errors").GetProperty("heldOn")[0].GetString()!.ShouldContain("år-måned-dag");
        (await stranger.JsonAsync()).GetProperty("errors").GetProperty("attendees")[0].GetString()!.ShouldContain("finnes ikke");
        new[] { ahead, longAgenda, badDate, stranger }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        planned.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await app.CountAsync<ContactGathering>()).ShouldBe(before + 1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_reminder_shows_until_the_last_quarter_had_a_gathering(string provider)
    {
        using var app = new AppFactory(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var previous = Quarter.Of(Today()).Previous;

        var never = (await (await contact.GetAsync("/api/v1/guide/network")).JsonAsync()).GetProperty("reminder");
        never.GetProperty("due").GetBoolean().ShouldBeTrue();
        never.GetProperty("reason").GetString().ShouldBe("never");
        (await browser.GetStringAsync("/veileder/nettverk")).ShouldContain("Nettverket har ikke hatt noen samling ennå.");

        var older = previous.Previous.Start.AddDays(10);
        (await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = Iso(older), agenda = "Oppstart" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var missed = (await (await contact.GetAsync("/api/v1/guide/network")).JsonAsync()).GetProperty("reminder");
        missed.GetProperty("due").GetBoolean().ShouldBeTrue();
        missed.GetProperty("reason").GetString().ShouldBe("quarter-missed");
        missed.GetProperty("quarter").GetInt32().ShouldBe(previous.Number);
        missed.GetProperty("lastHeld").GetString().ShouldBe(Iso(older));
        var page = await browser.GetStringAsync("/veileder/nettverk");
        page.ShouldContain($"Det ble ikke holdt noen samling i {previous.Number}. kvartal {previous.Year}");
        page.ShouldContain("Siste samling var");

        (await contact.PostAsJsonAsync("/api/v1/guide/network/gatherings", new { heldOn = Iso(previous.End), agenda = "Kvartalssamling" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var met = (await (await contact.GetAsync("/api/v1/guide/network")).JsonAsync()).GetProperty("reminder");
        met.GetProperty("due").GetBoolean().ShouldBeFalse();
        (await browser.GetStringAsync("/veileder/nettverk")).ShouldNotContain("På tide med en samling");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_form_adds_a_gathering_without_javascript(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var contactId = await app.AccountIdAsync(Clients.Demo("recoverykontakt"));

        var refused = await browser.PostFormAsync("/veileder/nettverk?handler=Add", new() { ["heldOn"] = "", ["agenda"] = "Uten dato" }, "/veileder/nettverk");
        var saved = await browser.PostFormAsync("/veileder/nettverk?handler=Add",
            new() { ["heldOn"] = Iso(Today()), ["agenda"] = "Samling fra skjemaet", ["attendees"] = contactId.ToString(), ["notes"] = "" }, "/veileder/nettverk");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Skriv inn datoen for samlingen.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync("/veileder/nettverk")).ShouldContain("Samling fra skjemaet");
    }
}
