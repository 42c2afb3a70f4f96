using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bench;
using PlanBench;

namespace CommunityBench;

/// <summary>
/// Fills Demo kommune through the API the pages use, as the demo staff member (who keeps the municipality's offers
/// and courses): OFFERS offers over every category with weekly hours, and COURSES courses with a session each.
/// </summary>
internal static class Fill
{
    public const string Password = "skipper-demo-2026";
    public const string Staff = "ansatt@demo.skipper.local";

    public static readonly string[] Words =
        ["fotball", "turgruppe", "kor", "maling", "strikking", "trening", "yoga", "matlaging", "sjakk", "keramikk", "svømming", "lesesirkel", "dans", "snekring", "foto", "hagearbeid"];

    private static readonly string[] Categories =
        ["activityAndCulture", "physicalActivity", "peerSupport", "courses", "workAndEducation", "housing", "treatment", "forRelatives"];

    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var offers = args.Number("offers", 5000);
        var courses = args.Number("courses", 500);
        using var http = new HttpClient { BaseAddress = url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.TokenAsync(http, Staff, Password));
        await InParallelAsync(offers, (n, random) => PostAsync(http, "/api/v1/offers", Offer(n, random)));
        Console.WriteLine($"  {offers} offers added; adding {courses} courses ...");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await InParallelAsync(courses, async (n, random) =>
        {
            using var created = await PostAsync(http, "/api/v1/courses", new
            {
                title = $"Kurs {n + 1}: {Words[n % Words.Length]} og mestring",
                description = "Et kurs som holdes av en erfaringskonsulent og en fagperson sammen.",
                peerTeacher = "Kari Erfaring",
                professionalTeacher = "Per Fagperson",
                openToAll = n % 2 == 0,
                version = 0,
            });
            var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
            var day = today.AddDays(7 + random.Next(120)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            (await PostAsync(http, $"/api/v1/courses/{id}/sessions", new { startsAt = $"{day}T18:00", endsAt = $"{day}T20:00", place = "Frivilligsentralen", capacity = 12 + random.Next(20), version = 0 })).Dispose();
        });
        return 0;
    }

    private static object Offer(int n, Random random)
    {
        var word = Words[n % Words.Length];
        var first = random.Next(7);
        return new
        {
            title = $"{char.ToUpperInvariant(word[0])}{word[1..]} {n + 1}",
            description = $"Et åpent tilbud med {word} for voksne. Ingen påmelding, bare møt opp.",
            category = Categories[n % Categories.Length],
            placeName = $"Aktivitetshuset {n % 40}",
            address = $"Storgata {n % 120}",
            municipality = "Demo kommune",
            schedule = "Hver uke",
            slots = new[]
            {
                new { day = Days[first], from = "10:00", to = "12:00" },
                new { day = Days[(first + 3) % 7], from = "18:00", to = "20:00" },
            },
            exceptions = Array.Empty<object>(),
            cost = "Gratis",
            joining = "dropIn",
            accessibility = "Trinnfri inngang.",
            phone = "12345678",
            email = "post@example.org",
            web = (string?)null,
            startsOn = (string?)null,
            endsOn = (string?)null,
            version = 0,
        };
    }

    private static async Task InParallelAsync(int count, Func<int, Random, Task> add)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var random = new Random(31 + worker);
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                await add(n, random);
            }
        })));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, object body)
    {
        var response = await http.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return response;
    }
}
