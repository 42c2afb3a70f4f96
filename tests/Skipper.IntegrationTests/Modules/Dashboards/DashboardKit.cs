using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Dashboards.Cells;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Dashboards;

/// <summary>
/// A municipality of the tests' own with a small dataset whose figures are worked out by hand (see the comments), all
/// in March 2025 unless said otherwise, and the cells refreshed through the app's own DashboardCells.RefreshAsync.
/// </summary>
internal static class DashboardKit
{
    public const string Period = "from=2025-01&to=2025-06";
    public static readonly DateOnly March = new(2025, 3, 10);

    private static readonly ConcurrentDictionary<AppFactory, Lazy<Task<Town>>> Towns = new();

    /// <summary>Departments A (6 persons p1–p6), B (2 persons) and C (6 persons), the leaders' accounts, and every person's id and name.</summary>
    public sealed record Town(Guid TenantId, Guid A, Guid B, Guid C, string SectionLeader, string LeaderOfA, IReadOnlyList<(Guid Id, string Name)> People);

    /// <summary>Built once per app: every test reads the same figures and none changes them.</summary>
    public static Task<Town> TownAsync(AppFactory app) => Towns.GetOrAdd(app, a => new Lazy<Task<Town>>(() => BuildAsync(a))).Value;

    public static JsonElement Figure(JsonElement dashboard, string key) =>
        dashboard.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    private static async Task<Town> BuildAsync(AppFactory app)
    {
        var municipality = await app.CreateMunicipalityAsync();
        var tenantId = municipality.TenantId;
        var a = municipality.DepartmentId;
        Guid b = Guid.NewGuid(), c = Guid.NewGuid();
        var people = new List<(Guid, string)>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShippedInstruments>().SeedAsync(tenantId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Departments.AddRange(
                new Department { TenantId = tenantId, Id = b, Name = "Avdeling B", CreatedAt = DateTimeOffset.UtcNow },
                new Department { TenantId = tenantId, Id = c, Name = "Avdeling C", CreatedAt = DateTimeOffset.UtcNow });
            var p = Persons(db, tenantId, a, 6, people);
            var q = Persons(db, tenantId, b, 2, people);
            var r = Persons(db, tenantId, c, 6, people);

            // Episodes ended in March (intake → latest, outcome answers); cut-off 25, reliable change 5.
            // Change episodes p1 p2 p3 p5 p6: improved p1 (+7) and p5 (+5): 40 %; deteriorated p2 (−6): 20 %.
            // Below the cut-off at intake: p1, p3, p5 (3 people: hidden). Intakes 20 30 15 24 28: mean 23.4,
            // SD √(147.2 / 4) = 6.0663; changes 7 −6 3 5 2: mean 2.2; effect size 0.3627.
            var episodes = new[] { (20.0, 27.0, 3), (30, 24, 2), (15, 18, 4), (22, 22, 1), (24, 29, 2), (28, 30, 2) }
                .Select((e, i) => Episode(db, tenantId, p[i], e.Item1, e.Item2, e.Item3)).ToList();

            // Alliance: 10 answers from p1–p5, 3 of them below 36: 30 %.
            double[] alliance = [30, 35, 35.9, 36, 38, 40, 36, 39, 37, 40];
            for (var i = 0; i < alliance.Length; i++)
            {
                Response(db, tenantId, p[i / 2], episodes[i / 2], InstrumentKind.Alliance, March.AddDays(i % 2), alliance[i], null, null);
            }

            // Latest outcome answer per person against its expected band: p1 (15 < 19, an earlier 20 ≥ 18 does not count)
            // and p3 (10 < 12) are not on track; p2, p5, p6 are; p4 has no band. 2 of 5: 40 %.
            Response(db, tenantId, p[0], episodes[0], InstrumentKind.Outcome, new(2025, 3, 5), 20, 18, null);
            Response(db, tenantId, p[0], episodes[0], InstrumentKind.Outcome, new(2025, 3, 20), 15, 19, null);
            Response(db, tenantId, p[1], episodes[1], InstrumentKind.Outcome, new(2025, 3, 10), 24, 20, null);
            Response(db, tenantId, p[2], episodes[2], InstrumentKind.Outcome, new(2025, 3, 12), 10, 12, null);
            Response(db, tenantId, p[3], episodes[3], InstrumentKind.Outcome, new(2025, 3, 15), 22, null, null);
            Response(db, tenantId, p[4], episodes[4], InstrumentKind.Outcome, new(2025, 3, 18), 29, 22, null);
            Response(db, tenantId, p[5], episodes[5], InstrumentKind.Outcome, new(2025, 3, 19), 30, 25, null);

            // INSPIRE from p1–p5: Support 60 70 80 90 100 (mean 80); Relationship 50 60 70 80 from four (mean 65).
            string[] parts = ["{\"support\":60,\"relationship\":50}", "{\"support\":70,\"relationship\":60}", "{\"support\":80,\"relationship\":70}",
                "{\"support\":90,\"relationship\":80}", "{\"support\":100}"];
            for (var i = 0; i < parts.Length; i++)
            {
                Response(db, tenantId, p[i], episodes[i], InstrumentKind.Recovery, March, null, null, parts[i]);
            }

            // Meetings: A 10 about p1–p5, 7 attended (70 %); B 2 about q1–q2, 1 attended (2 people: hidden, and A, the
            // next fewest with 5, with it in the section's table); C 6 about r1–r6, all attended. Section: 14 of 18.
            for (var i = 0; i < 10; i++)
            {
                Meeting(db, tenantId, p[i / 2], March.AddDays(i % 2), attended: i < 7);
            }
            Meeting(db, tenantId, q[0], March, attended: true);
            Meeting(db, tenantId, q[1], March, attended: false);
            foreach (var person in r)
            {
                Meeting(db, tenantId, person, March, attended: true);
            }

            // Reflection sessions in A: two in March, one in May (not people: always shown).
            var card = new ReflectionCard { TenantId = tenantId, Id = Guid.NewGuid(), Number = 1, Text = "Kort", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.Add(card);
            foreach (var day in new DateOnly[] { March, March.AddDays(7), new(2025, 5, 6) })
            {
                db.Add(new ReflectionSession { TenantId = tenantId, Id = Guid.NewGuid(), DepartmentId = a, HeldOn = day, CardId = card.Id, Participants = 6, LoggedAt = DateTimeOffset.UtcNow });
            }

            // Start again in A: p1–p5 waited 0, 1, 1, 3 and 10 days (median 1, 90th percentile 3 + 0.6 · 7 = 7.2); p6 still waits.
            int?[] waited = [0, 1, 1, 3, 10, null];
            for (var i = 0; i < waited.Length; i++)
            {
                var at = new DateTimeOffset(2025, 3, 10 + i, 9, 0, 0, TimeSpan.Zero);
                db.Add(new RestartRequest
                {
                    TenantId = tenantId, Id = Guid.NewGuid(), PersonId = p[i], DepartmentId = a, RequestedAt = at,
                    FirstContactAt = waited[i] is { } days ? at.AddDays(days) : null,
                    FirstContactKind = waited[i] is null ? null : RestartContactKind.Meeting,
                });
            }
            await db.SaveChangesAsync();
        }

        // Staff of A since January 2025: six care staff, five did the values exercise in March (83.33 %), two did CHIME (hidden).
        for (var i = 0; i < 6; i++)
        {
            await StaffAsync(app, municipality, values: i < 5, chime: i < 2);
        }
        var section = await app.CreateAccountAsync(Roles.SectionLeader, municipality);
        var leader = await app.CreateAccountAsync(Roles.DepartmentLeader, municipality);

        await app.Services.GetRequiredService<DashboardCells>().RefreshAsync(tenantId, new(2025, 1, 1), new(2025, 6, 30));
        return new Town(tenantId, a, b, c, section, leader, people);
    }

    private static List<Guid> Persons(AppDbContext db, Guid tenantId, Guid departmentId, int count, List<(Guid, string)> all)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var person = new Person { TenantId = tenantId, Id = Guid.NewGuid(), DepartmentId = departmentId, DisplayName = "Dashbordperson " + Guid.NewGuid().ToString("N")[..8], CreatedAt = DateTimeOffset.UtcNow };
            db.Persons.Add(person);
            ids.Add(person.Id);
            all.Add((person.Id, person.DisplayName));
        }
        return ids;
    }

    private static int episodeNumber;

    private static Guid Episode(AppDbContext db, Guid tenantId, Guid personId, double intake, double latest, int count)
    {
        var episode = new FeedbackEpisode
        {
            TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Number = Interlocked.Increment(ref episodeNumber), StartedOn = new(2025, 1, 6),
            EndedOn = March.AddDays(15), StartedBy = "Test", SessionCount = count, IntakeOutcome = intake, LatestOutcome = latest, OutcomeCount = count,
        };
        db.Add(episode);
        return episode.Id;
    }

    private static void Response(AppDbContext db, Guid tenantId, Guid personId, Guid episodeId, InstrumentKind kind, DateOnly date, double? total, double? expectedLow, string? parts) =>
        db.Add(new FeedbackResponse
        {
            TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, EpisodeId = episodeId, InstrumentCode = kind.ToString().ToLowerInvariant(),
            Kind = kind, Date = date, StoredAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), EnteredBy = "Test", AnswersJson = "[]", Total = total,
            PartScoresJson = parts, ExpectedLow = expectedLow, ExpectedMedian = expectedLow + 3, InstrumentVersionId = Guid.NewGuid(),
        });

    private static void Meeting(AppDbContext db, Guid tenantId, Guid personId, DateOnly date, bool attended) =>
        db.Add(new PlanMeeting
        {
            TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Date = date, PersonAttended = attended,
            WrittenBy = new Authorship(Guid.NewGuid(), "Test", Roles.Staff, DateTimeOffset.UtcNow),
        });

    private static async Task StaffAsync(AppFactory app, Municipality municipality, bool values, bool chime)
    {
        var user = await app.FindAccountAsync(await app.CreateAccountAsync(Roles.Staff, municipality));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Users.FindAsync(user.Id);
        stored!.CreatedAt = new DateTimeOffset(2025, 1, 2, 9, 0, 0, TimeSpan.Zero);
        var done = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
        if (values)
        {
            db.Add(new ValuesExerciseRound { TenantId = municipality.TenantId, Id = Guid.NewGuid(), UserId = user.Id, Number = 1, StartedAt = done, UpdatedAt = done, CompletedAt = done, Version = 1 });
        }
        if (chime)
        {
            db.Add(new ChimeExercise { TenantId = municipality.TenantId, Id = Guid.NewGuid(), UserId = user.Id, UpdatedAt = done, CompletedAt = done, Version = 1 });
        }
        await db.SaveChangesAsync();
    }
}
