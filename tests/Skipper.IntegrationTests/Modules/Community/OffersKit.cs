using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Skipper.IntegrationTests.Modules.Community;

/// <summary>What the offers tests share: a valid offer body, its search word, and Norwegian time.</summary>
internal static class OffersKit
{
    public static readonly TimeZoneInfo Norway = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTime LocalNow(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Norway).DateTime;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A word no demo offer has, so a search for it finds only the test's own offers.</summary>
    public static string Word() => "testord" + Guid.NewGuid().ToString("N")[..8];

    public static object Body(string title, object[]? slots = null, object[]? exceptions = null, string? startsOn = null, string? endsOn = null, int? version = null) => new
    {
        title,
        description = "Et tilbud laget av en test.",
        category = "physicalActivity",
        placeName = "Testhallen",
        address = "Testveien 1",
        municipality = "Demo kommune",
        schedule = "Når det passer",
        slots = slots ?? [],
        exceptions = exceptions ?? [],
        cost = "Gratis",
        joining = "dropIn",
        accessibility = "Trinnfritt",
        phone = "400 00 000",
        email = "test@example.org",
        web = "https://example.org/tilbud",
        startsOn,
        endsOn,
        version,
    };

    public static object Slot(DayOfWeek day, TimeOnly from, TimeOnly to) => new { day = day.ToString().ToLowerInvariant(), from = Hm(from), to = Hm(to) };

    public static async Task<JsonElement> CreateAsync(HttpClient keeper, object body)
    {
        var created = await keeper.PostAsJsonAsync("/api/v1/offers", body);
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await created.JsonAsync();
    }

    public static async Task<List<string>> TitlesAsync(HttpClient client, string query)
    {
        var found = await (await client.GetAsync("/api/v1/offers?" + query)).JsonAsync();
        return found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    public static async Task<Guid> DemoOfferIdAsync(HttpClient client, string word, string title)
    {
        var found = await (await client.GetAsync("/api/v1/offers?q=" + Uri.EscapeDataString(word))).JsonAsync();
        return found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetGuid();
    }
}
