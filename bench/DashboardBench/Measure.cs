using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bench;
using FeedbackBench;

namespace DashboardBench;

/// <summary>
/// Times the leaders' dashboards as the section leader, warm: the section page with its default period, the section's
/// figures over the API for the last 12 whole months, and one department's page and API. CONCURRENCY in parallel.
/// </summary>
internal static class Measure
{
    public const string SectionLeader = "seksjonsleder@demo.skipper.local";
    public const string Password = "skipper-demo-2026";

    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var requests = args.Number("requests", 200);
        var warmup = args.Number("warmup", 20);
        var concurrency = args.Number("concurrency", 2);
        var aim = args.Number("aim-ms", 200);
        var department = Guid.Parse(args.Text("department"));
        var thisMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        var from = thisMonth.AddMonths(-12).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var to = thisMonth.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = url };
        var cookie = await SignIn.CookieAsync(url, SectionLeader, Password);
        var token = await SignIn.TokenAsync(http, SectionLeader, Password);
        var probe = await Send(http, "/ledelse", cookie, null);
        if (probe == HttpStatusCode.NotFound)
        {
            Console.WriteLine("/ledelse answers 404: the dashboards are not in this build; nothing measured.");
            return 0;
        }
        Console.WriteLine($"period {from} to {to}, department {department}; {requests} timed requests per measure after {warmup} warm-up, {concurrency} in parallel");
        var results = new List<Timed>
        {
            await Timing.TimeAsync("GET /ledelse (section, default period)", requests, warmup, concurrency, (_, _) => Ok(http, "/ledelse", cookie, null)),
            await Timing.TimeAsync("GET /api/v1/dashboards/section", requests, warmup, concurrency, (_, _) => Ok(http, $"/api/v1/dashboards/section?from={from}&to={to}", null, token)),
            await Timing.TimeAsync("GET /ledelse/avdeling/{id}", requests, warmup, concurrency, (_, _) => Ok(http, $"/ledelse/avdeling/{department}", cookie, null)),
            await Timing.TimeAsync("GET /api/v1/dashboards/departments/{id}", requests, warmup, concurrency, (_, _) => Ok(http, $"/api/v1/dashboards/departments/{department}?from={from}&to={to}", null, token)),
        };
        Console.WriteLine();
        Console.WriteLine($"{"measure",-40} {"n",6} {"errors",6} {"median",9} {"p90",9} {"p99",9} {"req/s",8}  aim median < {aim} ms");
        foreach (var r in results)
        {
            Console.WriteLine($"{r}  {(r.Median < aim ? "yes" : "NO")}");
        }
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    private static async Task<bool> Ok(HttpClient http, string path, string? cookie, string? token) =>
        await Send(http, path, cookie, token) == HttpStatusCode.OK;

    private static async Task<HttpStatusCode> Send(HttpClient http, string path, string? cookie, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }
}
