using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.Web.Modules.Feedback.Instruments;

namespace FeedbackBench;

/// <summary>
/// The answers to send in a step: each a form in a session of its own person, started beforehand (untimed) by the
/// person's bench staff member over the API. A session takes the outcome form in the first half of the step and the
/// alliance form in the second, so no two answers of one session are ever in flight together. Each person is used
/// once per run (the app gives a person one open session a day); the persons come from the bench staff's caseloads,
/// signed in one by one as needed.
/// </summary>
internal sealed class Writers(HttpClient http, StoredInstruments instruments, int staffCount)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Queue<(Guid Person, Auth Auth)> persons = new();
    private readonly Random random = new(42);
    private int nextStaff;

    public async Task<List<Send>> PrepareAsync(int answers, int concurrency = 8)
    {
        var sessions = (answers + 1) / 2;
        var chosen = new List<(Guid Person, Auth Auth)>();
        while (chosen.Count < sessions)
        {
            if (persons.Count == 0)
            {
                await SignInNextStaffAsync();
            }
            chosen.Add(persons.Dequeue());
        }
        var ids = new Guid[sessions];
        var latencies = new double[sessions];
        var taken = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref taken)) < sessions)
            {
                var started = Stopwatch.GetTimestamp();
                using var request = Http.Request(HttpMethod.Post, $"/api/v1/persons/{chosen[n].Person}/sessions", chosen[n].Auth, JsonContent.Create(new { }));
                using var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"starting a session answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
                ids[n] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        Array.Sort(latencies);
        var timing = new Timing("sessions started", latencies, 0);
        Console.WriteLine(System.FormattableString.Invariant(
            $"  started {sessions} sessions in {clock.Elapsed.TotalSeconds:F1} s ({sessions / clock.Elapsed.TotalSeconds:F0}/s, {concurrency} at a time; median {timing.Median:F1} ms, p99 {timing.P99:F1} ms)"));

        var sends = new List<Send>(sessions * 2);
        foreach (var instrument in new[] { instruments.Outcome, instruments.Alliance })
        {
            for (var s = 0; s < sessions && sends.Count < answers; s++)
            {
                sends.Add(new Send($"/api/v1/sessions/{ids[s]}/responses", chosen[s].Auth, Body(instrument)));
            }
        }
        return sends;
    }

    private byte[] Body(InstrumentDefinition instrument)
    {
        var level = instrument.Kind == Skipper.Web.Modules.Feedback.Data.InstrumentKind.Alliance ? 8.5 + random.NextDouble() * 1.4 : 2 + random.NextDouble() * 7;
        var form = History.Form(instrument, level, 1, random);
        return JsonSerializer.SerializeToUtf8Bytes(new { questionnaire = instrument.Code, answers = form.Answers }, Json);
    }

    private async Task SignInNextStaffAsync()
    {
        if (nextStaff >= staffCount)
        {
            throw new InvalidOperationException("every bench staff member's persons have been used: fill more persons");
        }
        var token = await Http.TokenAsync(http, Fill.StaffEmail(nextStaff++), Fill.Password);
        var auth = new Auth(null, token);
        foreach (var entry in (await Http.JsonAsync(http, "/api/v1/caseload", auth)).EnumerateArray())
        {
            persons.Enqueue((entry.GetProperty("personId").GetGuid(), auth));
        }
    }
}
