using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Skipper.IntegrationTests.Modules.Community;

[Collection(AppsCollection.Name)]
public sealed class OfferKeepingTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_offer_ending_before_it_starts_is_refused_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var keeper = await app.ApiAs(Clients.Demo("tilbyder"));
        var word = OffersKit.Word();

        var refused = await keeper.PostAsJsonAsync("/api/v1/offers", OffersKit.Body($"Baklengs {word}", startsOn: "2027-03-01", endsOn: "2027-02-01"));
        var badShape = await keeper.PostAsJsonAsync("/api/v1/offers", new
        {
            title = " ", category = "cooking", joining = "maybe", web = "javascript:alert(1)", email = "ikke en adresse",
            slots = new[] { new { day = "someday", from = "25:00", to = "10:00" } },
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.JsonAsync()).GetProperty("errors").GetProperty("endsOn")[0].GetString().ShouldBe("Sluttdatoen kan ikke være før startdatoen.");
        badShape.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await badShape.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "title", "category", "joining", "web", "email", "slots" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }
        (await OffersKit.TitlesAsync(app.CreateClient(), $"q={word}")).ShouldBeEmpty();

        var browser = await app.BrowserAs(Clients.Demo("tilbyder"));
        var form = await browser.PostFormAsync("/tilbud/ny", new()
        {
            ["Title"] = $"Skjema {word}", ["Category"] = "courses", ["Joining"] = "selfReferral", ["StartsOn"] = "2027-03-01", ["EndsOn"] = "2027-02-01",
            ["Slots[0].Day"] = "monday", ["Slots[0].From"] = "10:00", ["Slots[0].To"] = "12:00",
        });
        form.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await form.Content.ReadAsStringAsync();
        page.ShouldContain("Sluttdatoen kan ikke være før startdatoen.");
        page.ShouldContain($"value=\"Skjema {word}\"");
        (await OffersKit.TitlesAsync(app.CreateClient(), $"q={word}")).ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_provider_keeps_its_own_offers_and_cannot_touch_another_organisations(string provider)
    {
        var app = apps.For(provider);
        var keeper = await app.ApiAs(Clients.Demo("tilbyder"));
        var anyone = app.CreateClient();
        var word = OffersKit.Word();
        var created = await OffersKit.CreateAsync(keeper, OffersKit.Body($"Eget {word}", [OffersKit.Slot(DayOfWeek.Monday, new(10, 0), new(12, 0))]));
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("organisation").GetProperty("name").GetString().ShouldBe("Mental Helse Demo");
        var football = await OffersKit.DemoOfferIdAsync(anyone, "fotball", "Fotball for alle – Demo IL");
        var before = JsonSerializer.Serialize(await (await anyone.GetAsync($"/api/v1/offers/{football}")).JsonAsync());

        var changed = await keeper.PutAsJsonAsync($"/api/v1/offers/{id}", OffersKit.Body($"Endret {word}", [OffersKit.Slot(DayOfWeek.Friday, new(9, 0), new(10, 0))], version: 1));
        var stale = await keeper.PutAsJsonAsync($"/api/v1/offers/{id}", OffersKit.Body($"Gammel {word}", version: 1));
        var others = await keeper.PutAsJsonAsync($"/api/v1/offers/{football}", OffersKit.Body($"Kapret {word}", version: 1));
        var othersChecked = await keeper.PostAsync($"/api/v1/offers/{football}/checked", null);
        var neighbour = await (await app.ApiAs(Clients.Nabo("tilbyder"))).PutAsJsonAsync($"/api/v1/offers/{id}", OffersKit.Body($"Nabo {word}", version: 2));
        var person = await (await app.ApiAs(Clients.Demo("bruker"))).PostAsJsonAsync("/api/v1/offers", OffersKit.Body($"Person {word}"));
        var nobody = await anyone.PostAsJsonAsync("/api/v1/offers", OffersKit.Body($"Anonym {word}"));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await changed.JsonAsync();
        body.GetProperty("version").GetInt32().ShouldBe(2);
        body.GetProperty("slots").EnumerateArray().Single().GetProperty("day").GetString().ShouldBe("friday");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.JsonAsync()).GetProperty("current").GetProperty("title").GetString().ShouldBe($"Endret {word}");
        others.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        othersChecked.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        neighbour.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        person.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        nobody.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        JsonSerializer.Serialize(await (await anyone.GetAsync($"/api/v1/offers/{football}")).JsonAsync()).ShouldBe(before);
        (await OffersKit.TitlesAsync(anyone, $"q={word}")).ShouldBe([$"Endret {word}"]);
        var browser = await app.BrowserAs(Clients.Demo("tilbyder"));
        (await browser.GetAsync($"/tilbud/{football}/endre")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await browser.GetStringAsync($"/tilbud/{id}/endre")).ShouldContain($"Endret {word}");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_keep_the_municipalitys_own_offers_but_not_a_user_organisations(string provider)
    {
        var app = apps.For(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var anyone = app.CreateClient();
        var word = OffersKit.Word();
        var created = await OffersKit.CreateAsync(staff, OffersKit.Body($"Kommunalt {word}"));
        var userOrganisations = await OffersKit.DemoOfferIdAsync(anyone, "samtalegruppa", "Samtalegruppa");

        var changed = await (await app.ApiAs(Clients.Demo("avdelingsleder"))).PutAsJsonAsync(
            $"/api/v1/offers/{created.GetProperty("id").GetGuid()}", OffersKit.Body($"Kommunalt endret {word}", version: 1));
        var refused = await staff.PutAsJsonAsync($"/api/v1/offers/{userOrganisations}", OffersKit.Body($"Nei {word}", version: 1));

        created.GetProperty("organisation").GetProperty("type").GetString().ShouldBe("municipality");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var mine = await (await staff.GetAsync("/api/v1/offers/mine")).JsonAsync();
        mine.GetProperty("offers").EnumerateArray().ShouldAllBe(o => o.GetProperty("providerType").GetString() == "municipality");

        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var checkedToday = await browser.PostFormAsync("/tilbud/mine?handler=Checked", new() { ["id"] = created.GetProperty("id").GetGuid().ToString() }, "/tilbud/mine");
        checkedToday.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_person_saves_an_offer_to_the_plan_once(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var football = await OffersKit.DemoOfferIdAsync(app.CreateClient(), "fotball", "Fotball for alle – Demo IL");

        var first = await person.PostAsync($"/api/v1/offers/{football}/save", null);
        var again = await person.PostAsync($"/api/v1/offers/{football}/save", null);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        var fromPage = await browser.PostFormAsync($"/tilbud/{football}?handler=Save", [], $"/tilbud/{football}");
        var staff = await (await app.ApiAs(Clients.Demo("ansatt"))).PostAsync($"/api/v1/offers/{football}/save", null);
        var nobody = await app.CreateClient().PostAsync($"/api/v1/offers/{football}/save", null);
        var unknown = await person.PostAsync($"/api/v1/offers/{Guid.NewGuid()}/save", null);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.JsonAsync()).GetProperty("added").GetBoolean().ShouldBeFalse();
        fromPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        fromPage.Headers.Location!.OriginalString.ShouldContain("lagret=fantes");
        staff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        nobody.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var plan = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        var saved = plan.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("text").GetString()!.Contains($"/tilbud/{football}", StringComparison.Ordinal)).ToList();
        saved.Count.ShouldBe(1);
        saved[0].GetProperty("kind").GetString().ShouldBe("external");
        saved[0].GetProperty("text").GetString()!.ShouldStartWith("Fotball for alle – Demo IL (Demo IL, ");
        (await browser.GetStringAsync("/min-plan/ressurser")).ShouldContain("Fotball for alle – Demo IL");
    }
}
