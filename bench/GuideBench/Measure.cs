using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bench;
using PlanBench;

namespace GuideBench;

/// <summary>Times the guide's pages and the card view, signed in with cookies as a browser is, CONCURRENCY in parallel.</summary>
internal static class Measure
{
    public const double AimMedianMs = 30;

    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var requests = args.Number("requests", 1000);
        var warmup = args.Number("warmup", 100);
        var concurrency = args.Number("concurrency", 4);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = url };
        var staff = await SignIn.CookieAsync(url, Fill.Staff, Fill.Password);
        var contact = await SignIn.CookieAsync(url, Fill.Contact, Fill.Password);
        http.DefaultRequestHeaders.Authorization = new("Bearer", await SignIn.TokenAsync(http, Fill.Contact, Fill.Password));
        var cards = (await http.GetFromJsonAsync<JsonElement>("/api/v1/guide/cards")).EnumerateArray().Select(c => c.GetProperty("number").GetInt32()).ToList();
        var pages = (await http.GetFromJsonAsync<JsonElement>("/api/v1/guide/pages")).EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).ToList();
        http.DefaultRequestHeaders.Authorization = null;
        Console.WriteLine($"{cards.Count} active cards, {pages.Count} guide pages; {requests} timed requests per measure after {warmup} warm-up, {concurrency} in parallel");

        var results = new List<Timed>
        {
            await Timing.TimeAsync("GET /veileder", requests, warmup, concurrency, (_, _) => Get(http, "/veileder", staff)),
            await Timing.TimeAsync("GET /veileder/les/{slug}", requests, warmup, concurrency, (_, rnd) => Get(http, $"/veileder/les/{pages[rnd.Next(pages.Count)]}", staff)),
            await Timing.TimeAsync("GET /veileder/strategier", requests, warmup, concurrency, (_, _) => Get(http, "/veileder/strategier", staff)),
            await Timing.TimeAsync("GET /veileder/kort (deck)", requests, warmup, concurrency, (_, _) => Get(http, "/veileder/kort", staff)),
            await Timing.TimeAsync("GET /veileder/kort/{number} (card view)", requests, warmup, concurrency, (_, rnd) => Get(http, $"/veileder/kort/{cards[rnd.Next(cards.Count)]}", staff)),
            await Timing.TimeAsync("GET /veileder/fremgang", requests, warmup, concurrency, (_, _) => Get(http, "/veileder/fremgang", staff)),
            await Timing.TimeAsync("GET /veileder/avdeling (own department)", requests, warmup, concurrency, (_, _) => Get(http, "/veileder/avdeling", contact)),
        };
        Console.WriteLine();
        Console.WriteLine($"{"measure",-40} {"n",6} {"errors",6} {"median",9} {"p90",9} {"p99",9} {"req/s",8}  aim median < {AimMedianMs} ms");
        foreach (var r in results)
        {
            Console.WriteLine($"{r}  {(r.Median < AimMedianMs ? "yes" : "NO")}");
        }
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    private static async Task<bool> Get(HttpClient http, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }
}
