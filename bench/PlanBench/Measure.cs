using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PlanBench;

/// <summary>
/// Signs in a sample of the filled persons and staff, then times, each with CONCURRENCY clients in parallel:
/// the person's /min-plan, staff's /personer/{id}/plan, the person's GET /api/v1/me/plan (every part) and
/// saving a step (PUT /api/v1/me/plan/goals/{goalId}/steps/{stepId}). Persons and steps are drawn at random.
/// </summary>
internal static partial class Measure
{
    private sealed record Step(Guid GoalId, Guid StepId, string Text)
    {
        public int Version { get; set; }
    }

    private sealed record PersonSession(string Cookie, string Token, List<Step> Steps);

    private sealed record StaffSession(string Cookie, List<Guid> Persons);

    private sealed record Result(string Name, int Count, int Errors, double Median, double P90, double P99, double PerSecond);

    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var people = args.Number("people", 10_000);
        var requests = args.Number("requests", 1000);
        var warmup = args.Number("warmup", 100);
        var concurrency = args.Number("concurrency", 4);
        var random = new Random(args.Number("seed", 7));
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = url };

        var clock = Stopwatch.StartNew();
        var persons = new List<PersonSession>();
        foreach (var i in Sample(random, people, args.Number("persons", 40)))
        {
            persons.Add(await SignInPersonAsync(http, url, Fill.PersonEmail(i)));
        }
        var staff = new List<StaffSession>();
        foreach (var j in Sample(random, (people + 99) / 100, args.Number("staff", 5)))
        {
            staff.Add(await SignInStaffAsync(http, url, Fill.StaffEmail(j)));
        }
        Console.WriteLine($"Signed in {persons.Count} persons and {staff.Count} staff in {clock.Elapsed.TotalSeconds:F1} s; " +
            $"{persons.Sum(p => p.Steps.Count)} steps to save; {requests} timed requests per measure after {warmup} warm-up, {concurrency} in parallel");

        var results = new List<Result>
        {
            await TimeAsync("GET /min-plan (person)", requests, warmup, concurrency, (_, rnd) =>
                Get(http, "/min-plan", cookie: persons[rnd.Next(persons.Count)].Cookie)),
            await TimeAsync("GET /personer/{id}/plan (staff)", requests, warmup, concurrency, (_, rnd) =>
            {
                var s = staff[rnd.Next(staff.Count)];
                return Get(http, $"/personer/{s.Persons[rnd.Next(s.Persons.Count)]}/plan", cookie: s.Cookie);
            }),
            await TimeAsync("GET /api/v1/me/plan (person)", requests, warmup, concurrency, (_, rnd) =>
                Get(http, "/api/v1/me/plan", token: persons[rnd.Next(persons.Count)].Token)),
            // Each client saves only its own persons' steps, so two clients never race for one version.
            await TimeAsync("PUT step (person)", requests, warmup, concurrency, (worker, rnd) =>
            {
                var mine = persons.Where((_, i) => i % concurrency == worker).ToList();
                var person = mine[rnd.Next(mine.Count)];
                return SaveStepAsync(http, person, person.Steps[rnd.Next(person.Steps.Count)], rnd);
            }),
        };

        Console.WriteLine();
        Console.WriteLine($"{"measure",-34} {"n",6} {"errors",6} {"median",9} {"p90",9} {"p99",9} {"req/s",8}  aim");
        foreach (var r in results)
        {
            var aim = r.Name.StartsWith("PUT", StringComparison.Ordinal)
                ? $"p99 < 20 ms: {(r.P99 < 20 ? "yes" : "NO")}"
                : r.Name.Contains("/api/", StringComparison.Ordinal) ? "" : $"median < 50 ms, p99 < 150 ms: {(r.Median < 50 && r.P99 < 150 ? "yes" : "NO")}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-34} {r.Count,6} {r.Errors,6} {r.Median,6:F1} ms {r.P90,6:F1} ms {r.P99,6:F1} ms {r.PerSecond,8:F0}  {aim}"));
        }
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    private static IEnumerable<int> Sample(Random random, int count, int take) =>
        Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(Math.Min(take, count));

    private static async Task<Result> TimeAsync(string name, int requests, int warmup, int concurrency, Func<int, Random, Task<bool>> send)
    {
        for (var i = 0; i < warmup; i++)
        {
            await send(i % concurrency, new Random(i));
        }
        var latencies = new double[requests];
        var next = -1;
        var errors = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var rnd = new Random(1000 + worker);
            int n;
            while ((n = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await send(worker, rnd);
                latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var seconds = wall.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        double At(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        var result = new Result(name, requests, errors, At(0.5), At(0.9), At(0.99), requests / seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: median {result.Median:F1} ms, p99 {result.P99:F1} ms, {result.PerSecond:F0} req/s, {errors} errors"));
        return result;
    }

    private static async Task<bool> Get(HttpClient http, string path, string? cookie = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        Authorize(request, cookie, token);
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<bool> SaveStepAsync(HttpClient http, PersonSession person, Step step, Random random)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/me/plan/goals/{step.GoalId}/steps/{step.StepId}")
        {
            Content = JsonContent.Create(new { text = step.Text, dueDate = (string?)null, done = random.Next(2) == 0, version = step.Version }),
        };
        Authorize(request, null, person.Token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }
        step.Version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        return true;
    }

    private static void Authorize(HttpRequestMessage request, string? cookie, string? token)
    {
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private static async Task<PersonSession> SignInPersonAsync(HttpClient http, Uri url, string email)
    {
        var token = await TokenAsync(http, email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me/plan");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        var steps = plan.GetProperty("goals").EnumerateArray()
            .SelectMany(g => g.GetProperty("steps").EnumerateArray().Select(s => new Step(g.GetProperty("id").GetGuid(), s.GetProperty("id").GetGuid(), s.GetProperty("text").GetString()!)
            {
                Version = s.GetProperty("version").GetInt32(),
            }))
            .ToList();
        return new PersonSession(await CookieAsync(url, email), token, steps);
    }

    private static async Task<StaffSession> SignInStaffAsync(HttpClient http, Uri url, string email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/caseload");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, email));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var persons = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(e => e.GetProperty("personId").GetGuid()).ToList();
        return new StaffSession(await CookieAsync(url, email), persons);
    }

    private static async Task<string> TokenAsync(HttpClient http, string email)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Fill.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Signs in through the form, as a browser does, and answers the cookies to send.</summary>
    private static async Task<string> CookieAsync(Uri url, string email)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = url };
        var page = await browser.GetStringAsync("/logg-inn");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
        using var response = await browser.PostAsync("/logg-inn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = Fill.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {email} answered {(int)response.StatusCode}");
        }
        return cookies.GetCookieHeader(url);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();
}
