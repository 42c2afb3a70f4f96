using System.Diagnostics;
using System.Globalization;

namespace Bench;

/// <summary>One timed measure: its latencies' median, p90 and p99 and the rate it reached.</summary>
internal sealed record Timed(string Name, int Count, int Errors, double Median, double P90, double P99, double PerSecond)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-40} {Count,6} {Errors,6} {Median,6:F1} ms {P90,6:F1} ms {P99,6:F1} ms {PerSecond,8:F0}");
}

/// <summary>Sends REQUESTS requests (after WARMUP untimed ones) from CONCURRENCY workers in parallel and times each.</summary>
internal static class Timing
{
    public static async Task<Timed> TimeAsync(string name, int requests, int warmup, int concurrency, Func<int, Random, Task<bool>> send)
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
        var result = new Timed(name, requests, errors, At(0.5), At(0.9), At(0.99), requests / seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: median {result.Median:F1} ms, p99 {result.P99:F1} ms, {result.PerSecond:F0} req/s, {errors} errors"));
        return result;
    }
}
