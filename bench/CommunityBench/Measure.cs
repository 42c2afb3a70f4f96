using System.Globalization;
using System.Net;
using Bench;
using PlanBench;

namespace CommunityBench;

/// <summary>Times the catalogue search (API and page), anonymous as the public uses it; and a path's request rate.</summary>
internal static class Measure
{
    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var requests = args.Number("requests", 1000);
        var warmup = args.Number("warmup", 100);
        var concurrency = args.Number("concurrency", 4);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = url };
        string Word(Random rnd) => Fill.Words[rnd.Next(Fill.Words.Length)];
        var results = new List<Timed>
        {
            await Timing.TimeAsync("GET /api/v1/offers?q=word", requests, warmup, concurrency, (_, rnd) => Get(http, $"/api/v1/offers?q={Word(rnd)}")),
            await Timing.TimeAsync("GET /api/v1/offers?q=&category=&when=week", requests, warmup, concurrency, (_, rnd) => Get(http, $"/api/v1/offers?q={Word(rnd)}&category=physicalActivity&when=week")),
            await Timing.TimeAsync("GET /api/v1/offers?when=now", requests, warmup, concurrency, (_, _) => Get(http, "/api/v1/offers?when=now")),
            await Timing.TimeAsync("GET /tilbud?q=word (page)", requests, warmup, concurrency, (_, rnd) => Get(http, $"/tilbud?q={Word(rnd)}")),
            await Timing.TimeAsync("GET /api/v1/courses", requests, warmup, concurrency, (_, _) => Get(http, "/api/v1/courses")),
        };
        Console.WriteLine();
        Console.WriteLine($"{"measure",-40} {"n",6} {"errors",6} {"median",9} {"p90",9} {"p99",9} {"req/s",8}  aim search median < 30 ms, p99 < 100 ms");
        foreach (var r in results)
        {
            var aim = r.Name.Contains("offers", StringComparison.Ordinal) || r.Name.StartsWith("GET /tilbud", StringComparison.Ordinal)
                ? (r.Median < 30 && r.P99 < 100 ? "yes" : "NO")
                : "";
            Console.WriteLine($"{r}  {aim}");
        }
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    /// <summary>Requests per second for one path at high concurrency: the same client for Skipper and the baseline.</summary>
    public static async Task<int> RateAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var path = args.Text("path");
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 }) { BaseAddress = url };
        var result = await Timing.TimeAsync($"GET {path}", args.Number("requests", 20_000), args.Number("warmup", 2000), args.Number("concurrency", 32), (_, _) => Get(http, path));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rate {result.PerSecond:F0}"));
        return result.Errors == 0 ? 0 : 1;
    }

    private static async Task<bool> Get(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }
}
