using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PlanBench;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Identity;
using FeedbackBench;

namespace DashboardBench;

/// <summary>
/// After FeedbackBench fill (all persons in the first department): spreads the persons without an account evenly over
/// Demo kommune's departments (every third by id order), and adds what the other dashboard figures read: MEETINGS per
/// person over the past MONTHS (5 in 6 with the person there), a request to start again after RESTART-SHARE percent
/// of the ended episodes (first contact 0–30 days later, unless that lies ahead), and reflection slots in each
/// department every 10–20 days. Rows are written with PlanBench's Bulk (Skipper's EF model; one transaction per 50,000 rows).
/// </summary>
internal static class Spread
{
    private const int RowsPerSave = 50_000;

    /// <summary>Prints the id of the demo department leader's department (the one the department dashboard is timed on).</summary>
    public static async Task<int> DepartmentAsync(Args args)
    {
        await using var db = Database.Context(args.Text("provider"), args.Text("connection"));
        var id = await db.Users.IgnoreQueryFilters().Where(u => u.NormalizedEmail == "AVDELINGSLEDER@DEMO.SKIPPER.LOCAL").Select(u => u.DepartmentId).SingleAsync();
        Console.WriteLine(id);
        return id is null ? 1 : 0;
    }

    public static async Task<int> RunAsync(Args args)
    {
        var provider = args.Text("provider");
        var months = args.Number("months", 24);
        var meetingsPerPerson = args.Number("meetings-per-person", 3);
        var restartShare = args.Number("restart-share", 10);
        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var days = (int)(months * 30.44);
        await using var db = Database.Context(provider, args.Text("connection"));
        db.Database.SetCommandTimeout(1800);
        var tenantId = await db.Tenants.Where(t => t.HostName == "demo.localhost").Select(t => t.Id).SingleAsync();
        var departments = await db.Departments.IgnoreQueryFilters().Where(d => d.TenantId == tenantId).OrderBy(d => d.Name).Select(d => d.Id).ToListAsync();
        var persons = await db.Persons.IgnoreQueryFilters().Where(p => p.TenantId == tenantId && p.UserId == null).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        for (var d = 0; d < departments.Count; d++)
        {
            var target = departments[d];
            foreach (var chunk in persons.Where((_, i) => i % departments.Count == d).Chunk(10_000))
            {
                await db.Persons.IgnoreQueryFilters().Where(p => chunk.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.DepartmentId, target));
            }
        }
        Console.WriteLine($"  {persons.Count:N0} persons spread over {departments.Count} departments: {clock.Elapsed.TotalSeconds:F0} s");

        var random = new Random(8);
        var bulk = new Bulk(db);
        var author = new Authorship(Guid.NewGuid(), "Bench Ansatt", Roles.Staff, now);
        var meetings = 0;
        foreach (var personId in persons)
        {
            for (var k = 0; k < meetingsPerPerson; k++)
            {
                var date = today.AddDays(-random.Next(1, days));
                bulk.Add(new PlanMeeting
                {
                    TenantId = tenantId, Id = Guid.CreateVersion7(), PersonId = personId, Date = date, Participants = "Personen og koordinator",
                    Agreed = "Vi ser på planen igjen om tre måneder.", PersonAttended = random.Next(6) > 0,
                    WrittenBy = author with { At = new DateTimeOffset(date.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero) }, Version = 1,
                });
                meetings++;
            }
            if (bulk.Count >= RowsPerSave)
            {
                await bulk.SaveAsync();
            }
        }
        await bulk.SaveAsync();
        Console.WriteLine($"  {meetings:N0} meetings: {clock.Elapsed.TotalSeconds:F0} s");

        var ended = await db.Set<FeedbackEpisode>().IgnoreQueryFilters().Where(e => e.TenantId == tenantId && e.EndedOn != null)
            .Select(e => new { e.Id, e.PersonId, EndedOn = e.EndedOn!.Value }).ToListAsync();
        var department = (await db.Persons.IgnoreQueryFilters().Where(p => p.TenantId == tenantId && p.DepartmentId != null)
            .Select(p => new { p.Id, p.DepartmentId }).ToListAsync()).ToDictionary(p => p.Id, p => p.DepartmentId!.Value);
        var requests = 0;
        foreach (var episode in ended.Where(_ => random.Next(100) < restartShare))
        {
            var asked = new DateTimeOffset(episode.EndedOn.AddDays(1 + random.Next(20)).ToDateTime(new TimeOnly(8 + random.Next(10), 0)), TimeSpan.Zero);
            if (asked > now || !department.TryGetValue(episode.PersonId, out var departmentId))
            {
                continue;
            }
            var contact = asked.AddDays(random.Next(31)).AddHours(random.Next(6));
            var answered = contact <= now;
            bulk.Add(new RestartRequest
            {
                TenantId = tenantId, Id = Guid.CreateVersion7(), PersonId = episode.PersonId, DepartmentId = departmentId, EndedEpisodeId = episode.Id,
                RequestedAt = asked, FirstContactAt = answered ? contact : null,
                FirstContactKind = answered ? (random.Next(3) == 0 ? RestartContactKind.Meeting : RestartContactKind.Session) : null, Version = 1,
            });
            requests++;
        }
        await bulk.SaveAsync();
        Console.WriteLine($"  {requests:N0} requests to start again (after {ended.Count:N0} ended episodes): {clock.Elapsed.TotalSeconds:F0} s");

        var cards = await db.Set<ReflectionCard>().IgnoreQueryFilters().Where(c => c.TenantId == tenantId).Select(c => c.Id).ToListAsync();
        var contactId = await db.Users.IgnoreQueryFilters().Where(u => u.NormalizedEmail == "RECOVERYKONTAKT@DEMO.SKIPPER.LOCAL").Select(u => u.Id).SingleAsync();
        var slots = 0;
        foreach (var departmentId in departments)
        {
            for (var day = today.AddDays(-days); day < today; day = day.AddDays(10 + random.Next(11)))
            {
                bulk.Add(new ReflectionSession
                {
                    TenantId = tenantId, Id = Guid.CreateVersion7(), DepartmentId = departmentId, HeldOn = day, CardId = cards[random.Next(cards.Count)],
                    Participants = 5 + random.Next(10), Note = "", LoggedBy = contactId,
                    LoggedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero),
                });
                slots++;
            }
        }
        await bulk.SaveAsync();
        if (Database.IsPostgres(provider))
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)");
        }
        Console.WriteLine($"Spread done: {persons.Count:N0} persons, {meetings:N0} meetings, {requests:N0} requests, {slots} reflection slots in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
