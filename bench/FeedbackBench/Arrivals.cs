using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace FeedbackBench;

/// <summary>One request ready to send: its path, who sends it and the JSON body (made before the timed phase).</summary>
internal sealed record Send(string Path, Auth Auth, byte[] Body);

/// <summary>The result of one fixed-rate step.</summary>
internal sealed record Step(int Rate, double Seconds, Timing Timing, double Completed, double AppCpu, double OwnCpu, double MachineCpu, string? FirstError, string Worst)
{
    public bool Sustained(double p99Limit) => Timing.Errors == 0 && Timing.P99 < p99Limit;

    public string Line() =>
        $"  {Rate,5}/s for {Seconds:F0} s: p50 {Timing.Median,7:F1} ms, p99 {Timing.P99,7:F1} ms, max {Timing.At(1),7:F1} ms, {Timing.Errors} errors, " +
        $"{Completed:F0} answers/s done; CPU: app {AppCpu:F0} %, client {OwnCpu:F0} %, machine {MachineCpu:F0} % of {Environment.ProcessorCount * 100} %" +
        (FirstError is null ? "" : $"; first error: {FirstError}") + $"\n      slowest seconds (second: max ms of the answers due in it): {Worst}";
}

/// <summary>
/// Open-loop load: requests are sent on a fixed schedule (RATE per second) whatever the answers do, and each latency
/// is measured from the moment the request was due to its last byte, so a slow server is not hidden by a client that
/// waits (no coordinated omission). Also the CPU the app, this client and the whole machine used during the step.
/// </summary>
internal static class Arrivals
{
    /// <summary>More than this many requests in flight: the server has fallen far behind; the rest count as errors.</summary>
    private const int MaxInFlight = 20_000;

    public static async Task<Step> RunAsync(HttpClient http, int rate, IReadOnlyList<Send> sends, int? appPid)
    {
        var latencies = new double[sends.Count];
        var errors = 0;
        string? firstError = null;
        var inFlight = 0;
        var ticksPerSend = (double)Stopwatch.Frequency / rate;
        var appBefore = Cpu.Process(appPid);
        var ownBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var machineBefore = Cpu.Machine();
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100;
        var lastDone = start;
        var tasks = new List<Task>(sends.Count);

        async Task FireAsync(int i, long due)
        {
            Interlocked.Increment(ref inFlight);
            try
            {
                var send = sends[i];
                using var request = Http.Request(HttpMethod.Post, send.Path, send.Auth, new ByteArrayContent(send.Body) { Headers = { { "Content-Type", "application/json" } } });
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}", null);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
                Interlocked.CompareExchange(ref firstError, e.GetType().Name + ": " + e.Message, null);
            }
            finally
            {
                var done = Stopwatch.GetTimestamp();
                latencies[i] = Stopwatch.GetElapsedTime(due, done).TotalMilliseconds;
                InterlockedMax(ref lastDone, done);
                Interlocked.Decrement(ref inFlight);
            }
        }

        var next = 0;
        while (next < sends.Count)
        {
            var now = Stopwatch.GetTimestamp();
            while (next < sends.Count && start + (long)(next * ticksPerSend) <= now)
            {
                if (Volatile.Read(ref inFlight) > MaxInFlight)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"more than {MaxInFlight} requests in flight", null);
                    latencies[next] = double.PositiveInfinity;
                }
                else
                {
                    tasks.Add(FireAsync(next, start + (long)(next * ticksPerSend)));
                }
                next++;
            }
            await Task.Delay(1);
        }
        await Task.WhenAll(tasks);
        var seconds = Stopwatch.GetElapsedTime(start, lastDone).TotalSeconds;
        var app = (Cpu.Process(appPid) - appBefore) / seconds * 100;
        var own = (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - ownBefore) / seconds * 100;
        var machine = (Cpu.Machine() - machineBefore) / seconds * 100;
        // Stalls (a checkpoint, a GC, a busy machine) show as seconds whose answers were all late.
        var worst = string.Join(", ", latencies.Select((l, i) => (Second: (int)(i / (double)rate), Latency: l))
            .GroupBy(x => x.Second).Select(g => (g.Key, Max: g.Max(x => x.Latency)))
            .OrderByDescending(x => x.Max).Take(4).Select(x => $"{x.Key}: {x.Max:F0}"));
        Array.Sort(latencies);
        return new Step(rate, sends.Count / (double)rate, new Timing($"{rate}/s", latencies, errors), sends.Count / seconds, app, own, machine, firstError, worst);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

/// <summary>CPU seconds used so far, from /proc (Linux): by one process, and by the whole machine (all cores, busy time).</summary>
internal static class Cpu
{
    private const double TicksPerSecond = 100;

    public static double Process(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }
        // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    public static double Machine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
        return (cpu.Take(8).Sum() - cpu[3] - cpu[4]) / TicksPerSecond;
    }
}
