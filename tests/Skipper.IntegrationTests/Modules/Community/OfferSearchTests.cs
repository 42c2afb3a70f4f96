using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Skipper.IntegrationTests.Modules.Community;

[Collection(AppsCollection.Name)]
public sealed class OfferSearchTests(Apps apps)
{
    private const string Football = "Fotball for alle – Demo IL";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Anyone_finds_offers_by_words_category_and_provider_type(string provider)
    {
        var app = apps.For(provider);
        var anyone = app.CreateClient();

        var football = await (await anyone.GetAsync("/api/v1/offers?q=FOTBALL")).JsonAsync();
        var byOrganisation = await OffersKit.TitlesAsync(anyone, "q=mental+helse");
        var byPlace = await OffersKit.TitlesAsync(anyone, "q=sykehusveien");
        var physical = await (await anyone.GetAsync("/api/v1/offers?category=physicalActivity")).JsonAsync();
        var specialist = await (await anyone.GetAsync("/api/v1/offers?providerType=specialistService")).JsonAsync();
        var both = await OffersKit.TitlesAsync(anyone, "q=kurs&category=courses&providerType=municipality");

        football.GetProperty("total").GetInt32().ShouldBe(1);
        var item = football.GetProperty("items")[0];
        item.GetProperty("title").GetString().ShouldBe(Football);
        item.GetProperty("providerType").GetString().ShouldBe("voluntary");
        byOrganisation.ShouldContain("Samtalegruppa");
        byPlace.ShouldContain("Poliklinikk for psykisk helse");
        physical.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("category").GetString() == "physicalActivity");
        physical.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ShouldContain(Football);
        specialist.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(4);
        specialist.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("providerType").GetString() == "specialistService");
        both.ShouldBe(["Kurs i mestring av depresjon"]);

        var page = await anyone.GetStringAsync("/tilbud?q=fotball&category=physicalActivity");
        var id = item.GetProperty("id").GetGuid();
        page.ShouldContain($"<a href=\"/tilbud/{id}\">{Football}</a>");
        page.ShouldContain("1 tilbud");
        var offerPage = await anyone.GetStringAsync($"/tilbud/{id}");
        offerPage.ShouldContain("<th scope=\"row\">Lørdag</th>");
        offerPage.ShouldContain("Logg inn for å lagre");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Word_results_come_in_title_order_with_their_total_on_every_page(string provider)
    {
        var anyone = apps.For(provider).CreateClient();

        var first = await (await anyone.GetAsync("/api/v1/offers?q=e")).JsonAsync();
        var second = await (await anyone.GetAsync("/api/v1/offers?q=e&page=2")).JsonAsync();

        var titles = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        var total = first.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(1);
        titles.Count.ShouldBe(Math.Min(total, 25));
        // The database's title order (its collation) is the order of the catalogue without words.
        var everything = new List<string>();
        for (var page = 1; page <= 10; page++)
        {
            var all = await (await anyone.GetAsync($"/api/v1/offers?page={page}")).JsonAsync();
            everything.AddRange(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!));
        }
        titles.ShouldBe(everything.Where(titles.Contains).Take(25).ToList());
        second.GetProperty("total").GetInt32().ShouldBe(total);
        second.GetProperty("items").GetArrayLength().ShouldBe(Math.Clamp(total - 25, 0, 25));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Odd_and_very_long_queries_answer_200_and_unknown_filters_a_clear_400(string provider)
    {
        var app = apps.For(provider);
        var anyone = app.CreateClient();
        string[] odd = ["%", "_", "'; DROP TABLE \"CommunityOffers\"; --", "<script>alert(1)</script>", "\\", "😀 fotball 😀", "\t\n", new string('a', 10_000), new string('%', 10_000)];

        foreach (var query in odd)
        {
            var api = await anyone.GetAsync("/api/v1/offers?q=" + Uri.EscapeDataString(query));
            var page = await anyone.GetAsync("/tilbud?q=" + Uri.EscapeDataString(query));
            api.StatusCode.ShouldBe(HttpStatusCode.OK, query[..Math.Min(20, query.Length)]);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, query[..Math.Min(20, query.Length)]);
            (await page.Content.ReadAsStringAsync()).ShouldNotContain("<script>alert(1)</script>");
        }
        (await OffersKit.TitlesAsync(anyone, "q=" + Uri.EscapeDataString("😀 fotball 😀"))).ShouldBe([Football]);
        var shown = await (await anyone.GetAsync("/api/v1/offers?q=" + new string('b', 10_000))).JsonAsync();
        shown.GetProperty("q").GetString()!.Length.ShouldBe(200);

        var unknown = await anyone.GetAsync("/api/v1/offers?category=cooking&when=tomorrow");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await unknown.JsonAsync();
        problem.GetProperty("errors").GetProperty("category")[0].GetString().ShouldBe("Velg en kategori fra listen.");
        problem.GetProperty("errors").GetProperty("when")[0].GetString()!.ShouldContain("åpent nå");
        (await anyone.GetAsync("/tilbud?category=cooking")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anyone.GetAsync($"/api/v1/offers/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anyone.GetAsync($"/tilbud/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Open_now_and_this_week_follow_the_slots_and_exceptions_in_norwegian_time(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        if (OffersKit.LocalNow(clock).Hour >= 23)
        {
            clock.Advance(TimeSpan.FromMinutes(70));
        }
        using var app = new AppFactory(provider, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var local = OffersKit.LocalNow(clock);
        var today = DateOnly.FromDateTime(local);
        var now = new TimeOnly(local.Hour, local.Minute);
        var soon = now.AddMinutes(30);
        var word = OffersKit.Word();

        await OffersKit.CreateAsync(staff, OffersKit.Body($"Open {word}", [OffersKit.Slot(today.DayOfWeek, now, soon)]));
        await OffersKit.CreateAsync(staff, OffersKit.Body($"Closed today {word}", [OffersKit.Slot(today.DayOfWeek, now, soon)],
            [new { date = OffersKit.Iso(today), closed = true, note = "Stengt i dag" }]));
        await OffersKit.CreateAsync(staff, OffersKit.Body($"Moved {word}", [],
            [new { date = OffersKit.Iso(today), closed = false, from = OffersKit.Hm(now), to = OffersKit.Hm(soon), note = "Ekstra" }]));
        await OffersKit.CreateAsync(staff, OffersKit.Body($"Later {word}", [OffersKit.Slot(today.AddDays(3).DayOfWeek, new(10, 0), new(11, 0))]));
        await OffersKit.CreateAsync(staff, OffersKit.Body($"Never {word}"));
        await OffersKit.CreateAsync(staff, OffersKit.Body($"Over {word}", [OffersKit.Slot(today.AddDays(3).DayOfWeek, new(10, 0), new(11, 0))],
            endsOn: OffersKit.Iso(today.AddDays(1))));
        var anyone = app.CreateClient();

        (await OffersKit.TitlesAsync(anyone, $"q={word}&when=now")).ShouldBe([$"Moved {word}", $"Open {word}"]);
        (await OffersKit.TitlesAsync(anyone, $"q={word}&when=week")).ShouldBe([$"Later {word}", $"Moved {word}", $"Open {word}"]);
        (await OffersKit.TitlesAsync(anyone, $"q={word}")).Count.ShouldBe(6);
        var page = await anyone.GetStringAsync($"/tilbud?q={word}&when=now");
        page.ShouldContain("2 tilbud");
        page.ShouldContain("Åpent nå</span>");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_offer_not_checked_for_six_months_is_flagged_until_its_keeper_checks_it(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new AppFactory(provider, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var keeper = await app.ApiAs(Clients.Demo("tilbyder"));
        var word = OffersKit.Word();
        var id = (await OffersKit.CreateAsync(keeper, OffersKit.Body($"Gammel {word}"))).GetProperty("id").GetGuid();

        (await (await keeper.GetAsync($"/api/v1/offers/{id}")).JsonAsync()).GetProperty("stale").GetBoolean().ShouldBeFalse();
        clock.Advance(TimeSpan.FromDays(184));
        keeper = await app.ApiAs(Clients.Demo("tilbyder"));
        var anyone = app.CreateClient();

        (await (await anyone.GetAsync($"/api/v1/offers/{id}")).JsonAsync()).GetProperty("stale").GetBoolean().ShouldBeTrue();
        (await anyone.GetStringAsync($"/tilbud/{id}")).ShouldContain("Ikke sjekket på 6 måneder");
        var mine = await (await keeper.GetAsync("/api/v1/offers/mine")).JsonAsync();
        var offers = mine.GetProperty("offers").EnumerateArray().ToList();
        offers.TakeWhile(o => o.GetProperty("stale").GetBoolean()).Select(o => o.GetProperty("id").GetGuid()).ShouldContain(id);
        offers.SkipWhile(o => o.GetProperty("stale").GetBoolean()).ShouldAllBe(o => !o.GetProperty("stale").GetBoolean());
        var minePage = await (await app.BrowserAs(Clients.Demo("tilbyder"))).GetStringAsync("/tilbud/mine");
        minePage.ShouldContain("tilbud er ikke sjekket på 6 måneder");

        var checkedToday = await keeper.PostAsync($"/api/v1/offers/{id}/checked", null);

        checkedToday.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await (await anyone.GetAsync($"/api/v1/offers/{id}")).JsonAsync();
        after.GetProperty("stale").GetBoolean().ShouldBeFalse();
        after.GetProperty("lastCheckedOn").GetString().ShouldBe(OffersKit.Iso(DateOnly.FromDateTime(OffersKit.LocalNow(clock))));
    }
}
