using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace FeedbackBench;

/// <summary>A timed measure: latencies in ms (sorted), errors, and a note when it was skipped.</summary>
internal sealed record Timing(string Name, double[] Latencies, int Errors, string? Note = null)
{
    public double At(double q) => Latencies.Length == 0 ? double.NaN : Latencies[Math.Min(Latencies.Length - 1, Math.Max(0, (int)Math.Ceiling(q * Latencies.Length) - 1))];

    public double Median => At(0.5);

    public double P99 => At(0.99);

    public string Line() => Note is not null
        ? $"  {Name}: {Note}"
        : string.Create(CultureInfo.InvariantCulture, $"  {Name}: median {Median:F1} ms, p90 {At(0.9):F1} ms, p99 {P99:F1} ms, {Latencies.Length} requests, {Errors} errors");
}

/// <summary>Closed-loop timing of GET requests: warm-up, then REQUESTS timed ones, CONCURRENCY at a time, from send to the last byte.</summary>
internal static class Reads
{
    public static async Task<Timing> TimeAsync(HttpClient http, string name, int requests, int warmup, int concurrency, Func<Random, (string Path, Auth Auth)> next)
    {
        // A page not in this build (404) is skipped with a note rather than counted as errors.
        var (probePath, probeAuth) = next(new Random(0));
        var (status, _) = await Http.GetAsync(http, probePath, probeAuth);
        if (status == HttpStatusCode.NotFound)
        {
            return Done(new Timing(name, [], 0, $"skipped: GET {probePath} answered 404 (not in this build)"));
        }
        if (status != HttpStatusCode.OK)
        {
            return Done(new Timing(name, [], 1, $"skipped: GET {probePath} answered {(int)status}"));
        }
        var warm = new Random(1);
        for (var i = 0; i < warmup; i++)
        {
            var (path, auth) = next(warm);
            await Http.GetAsync(http, path, auth);
        }
        var latencies = new double[requests];
        var taken = -1;
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(100 + worker);
            int n;
            while ((n = Interlocked.Increment(ref taken)) < requests)
            {
                var (path, auth) = next(random);
                var started = Stopwatch.GetTimestamp();
                var (code, _) = await Http.GetAsync(http, path, auth);
                latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (code != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        Array.Sort(latencies);
        return Done(new Timing(name, latencies, errors));
    }

    private static Timing Done(Timing timing)
    {
        Console.WriteLine(timing.Line());
        return timing;
    }
}
