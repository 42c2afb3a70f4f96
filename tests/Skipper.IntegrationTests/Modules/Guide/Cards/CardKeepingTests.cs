using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Modules.Guide.Cards;

[Collection(AppsCollection.Name)]
public sealed class CardKeepingTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_municipality_gets_the_shipped_deck_and_every_employee_reads_it(string provider)
    {
        var app = apps.For(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var neighbour = await app.ApiAs(Clients.Nabo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var cards = await GuideKit.CardsAsync(staff);
        var theirs = await GuideKit.CardsAsync(neighbour);

        cards.Count.ShouldBeGreaterThanOrEqualTo(18);
        cards.Where(c => c.GetProperty("seeded").GetBoolean()).Select(c => c.GetProperty("number").GetInt32()).Take(18).ShouldBe(Enumerable.Range(1, 18));
        cards[0].GetProperty("textEn").GetString().ShouldNotBeNullOrWhiteSpace();
        theirs.Count(c => c.GetProperty("seeded").GetBoolean()).ShouldBe(cards.Count(c => c.GetProperty("seeded").GetBoolean()));
        theirs.Select(c => c.GetProperty("id").GetGuid()).Intersect(cards.Select(c => c.GetProperty("id").GetGuid())).ShouldBeEmpty();
        (await person.GetAsync("/api/v1/guide/cards")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_recovery_contact_makes_edits_retires_and_brings_back_a_team_card(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var department = (await app.FindAccountAsync(Clients.Demo("recoverykontakt"))).DepartmentId;
        var highest = (await GuideKit.CardsAsync(contact, includeRetired: true)).Max(c => c.GetProperty("number").GetInt32());

        var created = await contact.PostAsJsonAsync("/api/v1/guide/cards", new { text = "  Hva lærte vi av uka som gikk?  " });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var card = await created.JsonAsync();
        var id = card.GetProperty("id").GetGuid();
        card.GetProperty("number").GetInt32().ShouldBe(highest + 1);
        card.GetProperty("text").GetString().ShouldBe("Hva lærte vi av uka som gikk?");
        card.GetProperty("seeded").GetBoolean().ShouldBeFalse();
        card.GetProperty("departmentId").GetGuid().ShouldBe(department!.Value);

        var edited = await contact.PutAsJsonAsync($"/api/v1/guide/cards/{id}", new { text = "Hva lærte vi denne uka?", textEn = "What did we learn this week?", version = 1 });
        var stale = await contact.PutAsJsonAsync($"/api/v1/guide/cards/{id}", new { text = "Gammel", textEn = (string?)null, version = 1 });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await edited.JsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var retired = await contact.PostAsync($"/api/v1/guide/cards/{id}/retire", null);
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retired.JsonAsync()).GetProperty("retired").GetBoolean().ShouldBeTrue();
        (await GuideKit.CardsAsync(contact)).ShouldNotContain(c => c.GetProperty("id").GetGuid() == id);
        (await GuideKit.CardsAsync(contact, includeRetired: true)).ShouldContain(c => c.GetProperty("id").GetGuid() == id);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        (await GuideKit.CardsAsync(staff, includeRetired: true)).ShouldNotContain(c => c.GetProperty("id").GetGuid() == id);

        var restored = await contact.PostAsync($"/api/v1/guide/cards/{id}/restore", null);
        restored.StatusCode.ShouldBe(HttpStatusCode.OK);
        var back = (await GuideKit.CardsAsync(staff)).Single(c => c.GetProperty("id").GetGuid() == id);
        back.GetProperty("textEn").GetString().ShouldBe("What did we learn this week?");
        back.GetProperty("retired").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_administrator_keeps_the_deck_too(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));

        var created = await admin.PostAsJsonAsync("/api/v1/guide/cards", new { text = "Et kort fra administratoren", textEn = "A card from the administrator" });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var edited = await admin.PutAsJsonAsync($"/api/v1/guide/cards/{id}", new { text = "Et endret kort", textEn = "", version = 1 });
        var retired = await admin.PostAsync($"/api/v1/guide/cards/{id}/retire", null);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await edited.JsonAsync()).GetProperty("textEn").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_and_leaders_cannot_change_the_deck_and_nothing_changes(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var before = (await GuideKit.CardsAsync(admin, includeRetired: true)).Select(c => c.ToString()).ToList();
        var first = (await GuideKit.CardsAsync(admin))[0];
        var id = first.GetProperty("id").GetGuid();
        var number = first.GetProperty("number").GetInt32();

        foreach (var role in new[] { "ansatt", "erfaringsmedarbeider", "avdelingsleder", "seksjonsleder" })
        {
            var api = await app.ApiAs(Clients.Demo(role));
            (await api.PostAsJsonAsync("/api/v1/guide/cards", new { text = "Ikke lov" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await api.PutAsJsonAsync($"/api/v1/guide/cards/{id}", new { text = "Ikke lov", version = first.GetProperty("version").GetInt32() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await api.PostAsync($"/api/v1/guide/cards/{id}/retire", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await api.PostAsync($"/api/v1/guide/cards/{id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);

            var browser = await app.BrowserAs(Clients.Demo(role));
            (await browser.GetAsync("/veileder/kort/ny")).Headers.Location!.ToString().ShouldContain("/feil/403");
            (await browser.GetAsync($"/veileder/kort/{number}/endre")).Headers.Location!.ToString().ShouldContain("/feil/403");
            var post = await browser.PostFormAsync($"/veileder/kort/{number}/endre?handler=Retire", [], "/veileder/kort/logg");
            post.Headers.Location!.ToString().ShouldContain("/feil/403");
            var deck = await browser.GetStringAsync("/veileder/kort");
            deck.ShouldNotContain("/endre");
            deck.ShouldNotContain("/veileder/kort/ny");
        }

        (await GuideKit.CardsAsync(admin, includeRetired: true)).Select(c => c.ToString()).ToList().ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_card_without_text_or_too_long_is_refused_with_a_clear_message(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var before = (await GuideKit.CardsAsync(contact, includeRetired: true)).Count;
        var id = (await GuideKit.CardsAsync(contact))[0].GetProperty("id").GetGuid();

        var empty = await contact.PostAsJsonAsync("/api/v1/guide/cards", new { text = "   ", textEn = "Only English" });
        var tooLong = await contact.PostAsJsonAsync("/api/v1/guide/cards", new { text = new string('k', 601) });
        var noVersion = await contact.PutAsJsonAsync($"/api/v1/guide/cards/{id}", new { text = "Ny tekst" });
        var unknown = await contact.PutAsJsonAsync($"/api/v1/guide/cards/{Guid.NewGuid()}", new { text = "Ny tekst", version = 1 });
        var notJson = await contact.PostAsync("/api/v1/guide/cards", new StringContent("{text:", System.Text.Encoding.UTF8, "application/json"));

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("Skriv teksten på kortet.");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("Teksten kan være høyst 600 tegn.");
        noVersion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await GuideKit.CardsAsync(contact, includeRetired: true)).Count.ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Cards_are_made_edited_and_retired_through_the_pages(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));

        var refused = await browser.PostFormAsync("/veileder/kort/ny", new() { ["text"] = "", ["textEn"] = "Kept when refused" });
        var made = await browser.PostFormAsync("/veileder/kort/ny", new() { ["text"] = "Et kort fra skjemaet", ["textEn"] = "" });
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var card = (await GuideKit.CardsAsync(contact)).Single(c => c.GetProperty("text").GetString() == "Et kort fra skjemaet");
        var number = card.GetProperty("number").GetInt32();
        var edited = await browser.PostFormAsync($"/veileder/kort/{number}/endre", new() { ["text"] = "Et endret kort fra skjemaet", ["textEn"] = "An edited card", ["version"] = "1" });
        var stale = await browser.PostFormAsync($"/veileder/kort/{number}/endre", new() { ["text"] = "Min gamle tekst", ["textEn"] = "", ["version"] = "1" });
        var retired = await browser.PostFormAsync($"/veileder/kort/{number}/endre?handler=Retire", [], $"/veileder/kort/{number}/endre");
        var deck = await browser.GetStringAsync("/veileder/kort");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        refusedPage.ShouldContain("Skriv teksten på kortet.");
        refusedPage.ShouldContain("Kept when refused");
        made.Headers.Location!.OriginalString.ShouldBe("/veileder/kort?gjort=ny#deck");
        edited.Headers.Location!.OriginalString.ShouldBe("/veileder/kort?gjort=endret#deck");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Min gamle tekst");
        retired.Headers.Location!.OriginalString.ShouldBe("/veileder/kort?gjort=pensjonert#retired");
        var retiredSection = deck[deck.IndexOf("id=\"retired\"", StringComparison.Ordinal)..];
        retiredSection.ShouldContain("Et endret kort fra skjemaet");
        (await GuideKit.CardsAsync(contact)).ShouldNotContain(c => c.GetProperty("number").GetInt32() == number);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_card_is_shown_in_english_when_the_user_reads_english_and_in_norwegian_without_a_translation(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var norwegianOnly = await (await contact.PostAsJsonAsync("/api/v1/guide/cards", new { text = "Bare på norsk" })).JsonAsync();
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        await browser.GetAsync("/sprak?kultur=en&tilbake=/veileder/kort");

        var first = await browser.GetStringAsync("/veileder/kort/1");
        var untranslated = await browser.GetStringAsync($"/veileder/kort/{norwegianOnly.GetProperty("number").GetInt32()}");

        first.ShouldContain("Card 1");
        first.ShouldContain("What do respect and recognition look like in practice here?");
        first.ShouldContain("10 minutes");
        untranslated.ShouldContain("Bare på norsk");
        (await browser.GetAsync("/veileder/kort/99999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
