using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bench;
using PlanBench;

namespace GuideBench;

/// <summary>
/// Fills Demo kommune through the same API the pages use: team cards up to CARDS in the deck (as the recovery
/// contact), then SESSIONS reflection sessions spread over its departments and the last three years.
/// </summary>
internal static class Fill
{
    public const string Password = "skipper-demo-2026";
    public const string Contact = "recoverykontakt@demo.skipper.local";
    public const string Staff = "ansatt@demo.skipper.local";

    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var cards = args.Number("cards", 500);
        var sessions = args.Number("sessions", 10_000);
        using var http = new HttpClient { BaseAddress = url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(http, Contact, Password));

        var deck = await CardIdsAsync(http);
        for (var n = deck.Count; n < cards; n++)
        {
            await PostAsync(http, "/api/v1/guide/cards", new { text = $"Refleksjonskort {n + 1}: hva kan vi gjøre annerledes i møte med den enkelte?", textEn = $"Reflection card {n + 1}" });
        }
        deck = await CardIdsAsync(http);
        var departments = (await http.GetFromJsonAsync<JsonElement>("/api/v1/departments")).EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
        Console.WriteLine($"  deck: {deck.Count} cards; logging {sessions} sessions in {departments.Count} departments ...");
        var random = new Random(11);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < sessions)
            {
                int day, card, department, participants;
                lock (random)
                {
                    (day, card, department, participants) = (random.Next(3 * 365), random.Next(deck.Count), random.Next(departments.Count), 3 + random.Next(15));
                }
                await PostAsync(http, "/api/v1/guide/reflection-sessions", new
                {
                    departmentId = departments[department],
                    heldOn = today.AddDays(-day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    cardId = deck[card],
                    participants,
                    note = "God samtale om håp.",
                });
            }
        })));
        return 0;
    }

    private static async Task<List<Guid>> CardIdsAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/guide/cards")).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();

    private static async Task PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
