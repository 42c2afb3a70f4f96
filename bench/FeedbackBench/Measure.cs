using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FeedbackBench;

/// <summary>
/// Times issue 5's speed aims against the running app: the graph page and the caseload (closed loop), the database's
/// own commit rate, then storing answers at a fixed arrival rate (open loop) and stepping the rate up to the highest
/// one answered with p99 under 50 ms. Prints a table with the aims; exit code 1 when a measure had errors.
/// </summary>
internal static class Measure
{
    private const double StoreAim = 20;
    private const double RateAim = 50;

    public static async Task<int> RunAsync(Args args)
    {
        var url = new Uri(args.Text("url"));
        var provider = args.Text("provider");
        var connection = args.Text("connection");
        var people = args.Number("people", 100_000);
        var appPid = args.Number("app-pid", 0) is var pid and > 0 ? pid : (int?)null;
        var requests = args.Number("requests", 500);
        var warmup = args.Number("warmup", 50);
        var concurrency = args.Number("concurrency", 2);
        var baseRate = args.Number("rate", 200);
        var baseSeconds = args.Number("seconds", 20);
        var stepSeconds = args.Number("step-seconds", 10);
        var rates = args.Text("rates", "400,800,1200,1600,2400,3200,4800").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList();
        var commitSeconds = args.Number("commit-seconds", 5);
        using var http = Http.Client(url);

        StoredInstruments instruments;
        Guid demoPersonId;
        await using (var db = Database.Context(provider, connection))
        {
            var tenantId = (await db.Tenants.SingleAsync(t => t.HostName == "demo.localhost")).Id;
            instruments = await StoredInstruments.ReadAsync(db, tenantId);
            var demoUser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.NormalizedEmail == Fill.DemoPerson.ToUpperInvariant());
            demoPersonId = (await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.UserId == demoUser.Id)).Id;
        }
        var staff = new Auth(await Http.CookieAsync(url, Fill.DemoStaff, Fill.DemoPassword), await Http.TokenAsync(http, Fill.DemoStaff, Fill.DemoPassword));
        var person = new Auth(await Http.CookieAsync(url, Fill.DemoPerson, Fill.DemoPassword), await Http.TokenAsync(http, Fill.DemoPerson, Fill.DemoPassword));
        var caseload = (await Http.JsonAsync(http, "/api/v1/caseload", new Auth(null, staff.Token))).EnumerateArray()
            .Select(e => e.GetProperty("personId").GetGuid()).ToList();
        var (_, caseloadPage) = await Http.GetAsync(http, "/mine-brukere", new Auth(staff.Cookie, null));
        Console.WriteLine($"Demo staff caseload: {caseload.Count} persons (aim 60); /mine-brukere mentions a signal: {(caseloadPage.Contains("signal", StringComparison.OrdinalIgnoreCase) ? "yes" : "no")}");

        Console.WriteLine($"Reads ({requests} timed after {warmup} warm-up, {concurrency} at a time):");
        Guid Any(Random r) => caseload[r.Next(caseload.Count)];
        var graphApi = await Reads.TimeAsync(http, "GET /api/v1/persons/{id}/feedback (staff)", requests, warmup, concurrency,
            r => ($"/api/v1/persons/{Any(r)}/feedback", new Auth(null, staff.Token)));
        var graphStaffPage = await Reads.TimeAsync(http, "GET /personer/{id}/tilbakemelding (staff page)", requests, warmup, concurrency,
            r => ($"/personer/{Any(r)}/tilbakemelding", new Auth(staff.Cookie, null)));
        var graphPage = await Reads.TimeAsync(http, "GET /tilbakemelding (the person)", requests, warmup, concurrency,
            _ => ("/tilbakemelding", new Auth(person.Cookie, null)));
        var ownApi = await Reads.TimeAsync(http, "GET /api/v1/persons/{own id}/feedback (the person)", requests, warmup, concurrency,
            _ => ($"/api/v1/persons/{demoPersonId}/feedback", new Auth(null, person.Token)));
        var caseloadApi = await Reads.TimeAsync(http, "GET /api/v1/caseload (staff, 60)", requests, warmup, concurrency,
            _ => ("/api/v1/caseload", new Auth(null, staff.Token)));
        var caseloadPageTiming = await Reads.TimeAsync(http, "GET /mine-brukere (staff, 60)", requests, warmup, concurrency,
            _ => ("/mine-brukere", new Auth(staff.Cookie, null)));

        Console.WriteLine($"Raw durable commits ({commitSeconds} s each, the app idle):");
        var (commits, parallelCommits, setting) = await Commits.MeasureAsync(provider, connection, commitSeconds);

        Console.WriteLine($"Storing answers (open loop; each answer a new form in a session started beforehand):");
        var writers = new Writers(http, instruments, Math.Max(1, people / Fill.PeoplePerStaff - 1));
        Console.WriteLine("  warm-up, 100/s for 5 s:");
        Console.WriteLine((await Arrivals.RunAsync(http, 100, await writers.PrepareAsync(500), appPid)).Line());
        await Task.Delay(2000);
        Console.WriteLine($"  {baseRate}/s for {baseSeconds} s:");
        var steady = await Arrivals.RunAsync(http, baseRate, await writers.PrepareAsync(baseRate * baseSeconds), appPid);
        Console.WriteLine(steady.Line());
        var steps = new List<Step> { steady };
        // Up from the base rate while it holds; down (halving) when even the base rate does not.
        var tries = steady.Sustained(RateAim) ? rates : [.. Enumerable.Range(1, 3).Select(k => baseRate >> k)];
        foreach (var rate in tries)
        {
            await Task.Delay(2000);
            Console.WriteLine($"  {rate}/s for {stepSeconds} s:");
            var step = await Arrivals.RunAsync(http, rate, await writers.PrepareAsync(rate * stepSeconds), appPid);
            Console.WriteLine(step.Line());
            steps.Add(step);
            if (step.Sustained(RateAim) != steady.Sustained(RateAim))
            {
                break;
            }
        }
        var best = steps.Where(s => s.Sustained(RateAim)).OrderByDescending(s => s.Rate).FirstOrDefault();

        var table = new Table();
        table.Row("store an answer at " + baseRate + "/s for " + baseSeconds + " s (p50 / p99)",
            $"{steady.Timing.Median:F1} / {steady.Timing.P99:F1} ms", "p99 < 20 ms", steady.Sustained(StoreAim));
        table.Row("highest rate with p99 < 50 ms (of the rates tried)", best is null ? "none" : $"{best.Rate}/s (p99 {best.Timing.P99:F1} ms)", "", null);
        table.Row($"raw commit rate, 1 connection ({setting})", $"{commits:F0}/s", "", null);
        if (parallelCommits is { } parallel)
        {
            table.Row("raw commit rate, 8 connections", $"{parallel:F0}/s", "", null);
        }
        var ratio = (best?.Rate ?? 0) / commits * 100;
        table.Row("highest answer rate / raw commit rate (1 connection)", $"{ratio:F0} %", "≥ 50 %", ratio >= 50);
        foreach (var read in new[] { graphApi, graphStaffPage, graphPage, ownApi })
        {
            table.Row(read.Name + " median", Value(read), "< 50 ms", read.Note is null ? read.Median < 50 && read.Errors == 0 : null);
        }
        foreach (var read in new[] { caseloadApi, caseloadPageTiming })
        {
            table.Row(read.Name + " median", Value(read), "< 100 ms", read.Note is null ? read.Median < 100 && read.Errors == 0 : null);
        }
        Console.WriteLine();
        Console.WriteLine($"measure ({provider})");
        table.Print();
        var errors = steady.Timing.Errors + new[] { graphApi, graphStaffPage, graphPage, ownApi, caseloadApi, caseloadPageTiming }.Sum(r => r.Note is null ? r.Errors : 0);
        return errors == 0 ? 0 : 1;
    }

    private static string Value(Timing read) =>
        read.Note is null ? $"{read.Median:F1} ms (p99 {read.P99:F1})" : read.Note.Contains(" 404 ", StringComparison.Ordinal) ? "skipped (404)" : "skipped (error)";

    private sealed class Table
    {
        private readonly List<(string Measure, string Value, string Aim, bool? Met)> rows = [];

        public void Row(string measure, string value, string aim, bool? met) => rows.Add((measure, value, aim, met));

        public void Print()
        {
            var width = rows.Max(r => r.Measure.Length);
            var valueWidth = rows.Max(r => r.Value.Length);
            foreach (var (measure, value, aim, met) in rows)
            {
                Console.WriteLine($"{measure.PadRight(width)}  {value.PadLeft(valueWidth)}  {aim,-9} {(met is null ? "" : met.Value ? "yes" : "NO")}".TrimEnd());
            }
        }
    }
}
