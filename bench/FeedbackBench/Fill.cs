using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace FeedbackBench;

/// <summary>
/// Fills a migrated, demo-seeded Skipper database (the app has started on it once and stopped) with PEOPLE persons in
/// the demo municipality and 20 answered forms each on average (10 sessions of outcome + alliance), one bench staff
/// account per 100 persons with a care relation to each, and care relations from the demo staff member to 59 of them
/// (60 with the demo person). Also the expected trajectory computed from the finished episodes, as the daily
/// recalculation would have stored it. SQLite: one transaction, journal off (then WAL); PostgreSQL: binary COPY.
/// </summary>
internal static class Fill
{
    public const string Password = "skipper-bench-2026";
    public const string DemoStaff = "ansatt@demo.skipper.local";
    public const string DemoPerson = "bruker@demo.skipper.local";
    public const string DemoPassword = "skipper-demo-2026";
    public const int PeoplePerStaff = 100;
    public const int Caseload = 60;
    private const int BatchPeople = 2000;

    public static string StaffEmail(int j) => $"feedback-bench-staff-{j:D4}@bench.skipper.local";

    public static async Task<int> RunAsync(Args args)
    {
        var provider = args.Text("provider");
        var connectionString = args.Text("connection");
        var people = args.Number("people", 100_000);
        // Sessions per person on average (outcome + alliance: twice as many answers); 10 gives 2,000,000 answers for 100,000.
        var perPerson = args.Number("sessions-per-person", 10);
        var spreadDays = args.Number("spread-days", 0);
        var sqlite = !provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);
        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        await using var db = Database.Context(provider, connectionString);
        var tenant = await db.Tenants.SingleAsync(t => t.HostName == "demo.localhost");
        var departmentId = (await db.Departments.IgnoreQueryFilters().Where(d => d.TenantId == tenant.Id).OrderBy(d => d.Name).FirstAsync()).Id;
        var staffRole = (await db.Roles.SingleAsync(r => r.Name == Roles.Staff)).Id;
        var demoStaff = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.NormalizedEmail == DemoStaff.ToUpperInvariant());
        var demoUser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.NormalizedEmail == DemoPerson.ToUpperInvariant());
        var demoPerson = await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.UserId == demoUser.Id);
        var demoHasFeedback = await db.Set<FeedbackEpisode>().IgnoreQueryFilters().AnyAsync(e => e.PersonId == demoPerson.Id);
        var demoCaseload = await db.CareRelations.IgnoreQueryFilters().CountAsync(r => r.StaffUserId == demoStaff.Id && r.EndsAt == null);
        var instruments = await StoredInstruments.ReadAsync(db, tenant.Id);
        Console.WriteLine($"  instruments: {instruments.Outcome.Code} {instruments.Outcome.Version} [{string.Join(", ", instruments.Outcome.Items.Select(i => i.LinkId))}], " +
            $"{instruments.Alliance.Code} {instruments.Alliance.Version} [{string.Join(", ", instruments.Alliance.Items.Select(i => i.LinkId))}]");

        var hash = new PasswordHasher<AppUser>().HashPassword(null!, Password);
        var staff = Enumerable.Range(0, (people + PeoplePerStaff - 1) / PeoplePerStaff)
            .Select(j => User(StaffEmail(j), $"Ansatt {j:D4}", tenant.Id, departmentId, hash, now)).ToList();
        var history = new History(instruments, today, spreadDays);
        // The demo staff member's caseload grows to 60 with persons from the end of the range (never used for writes).
        var demoFrom = people - Math.Max(0, Caseload - demoCaseload);

        var batches = Channel.CreateBounded<Batch>(2);
        // The demo seed may have stored versions already (from the demo population's ended episodes): the fill's
        // version comes after them and counts their episodes too, as the recalculation would.
        var finished = await EarlierFinishedAsync(db, tenant.Id, instruments.Outcome.Code);
        var version = 1 + (await db.Set<ExpectedTrajectory>().IgnoreQueryFilters()
            .Where(t => t.TenantId == tenant.Id && t.InstrumentCode == instruments.Outcome.Code).MaxAsync(t => (int?)t.Version) ?? 0);
        var producer = Task.Run(async () =>
        {
            for (var start = 0; start < people; start += BatchPeople)
            {
                var batch = new Batch();
                var random = new Random(start);
                if (start == 0 && !demoHasFeedback)
                {
                    history.Add(batch, new Someone(tenant.Id, demoPerson.Id, demoPerson.DisplayName, demoStaff.Id, demoStaff.DisplayName), 10, random);
                }
                for (var i = start; i < Math.Min(people, start + BatchPeople); i++)
                {
                    var name = Names.Person(random);
                    var person = new Person { TenantId = tenant.Id, Id = Guid.CreateVersion7(), DepartmentId = departmentId, DisplayName = name, CreatedAt = now.AddDays(-900) };
                    var carer = staff[i / PeoplePerStaff];
                    batch.Persons.Add(person);
                    batch.Relations.Add(Relation(tenant.Id, person.Id, carer.Id, departmentId, now));
                    if (i >= demoFrom)
                    {
                        batch.Relations.Add(Relation(tenant.Id, person.Id, demoStaff.Id, demoStaff.DepartmentId ?? departmentId, now));
                    }
                    // 4–16 sessions for 10, paired so that the mean is exactly the one asked for: 20 answers per person.
                    var spread = new Random(i / 2).Next(Math.Min(perPerson - 1, perPerson * 6 / 10) + 1);
                    history.Add(batch, new Someone(tenant.Id, person.Id, name, carer.Id, carer.DisplayName!), i % 2 == 0 ? perPerson + spread : perPerson - spread, random);
                }
                finished.AddRange(batch.Finished);
                await batches.Writer.WriteAsync(batch);
            }
            batches.Writer.Complete();
        });

        var rows = 0L;
        var answers = 0L;
        var bulk = new Bulk(db);
        async Task WriteAsync(DbConnection connection, DbTransaction? transaction, Batch batch)
        {
            await bulk.WriteAsync(connection, transaction, batch.Persons);
            await bulk.WriteAsync(connection, transaction, batch.Relations);
            await bulk.WriteAsync(connection, transaction, batch.Episodes);
            await bulk.WriteAsync(connection, transaction, batch.Sessions);
            await bulk.WriteAsync(connection, transaction, batch.Responses);
            await bulk.WriteAsync(connection, transaction, batch.Statuses);
            var total = Interlocked.Add(ref rows, batch.Rows);
            var done = Interlocked.Add(ref answers, batch.Responses.Count);
            Console.WriteLine($"  {done:N0} answers, {total:N0} rows, {clock.Elapsed.TotalSeconds:F0} s");
        }

        if (sqlite)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            await Database.ExecuteAsync(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA locking_mode=EXCLUSIVE;");
            await using var transaction = await connection.BeginTransactionAsync();
            await bulk.WriteAsync(connection, transaction, staff);
            await bulk.WriteAsync(connection, transaction, staff.Select(s => new IdentityUserRole<Guid> { UserId = s.Id, RoleId = staffRole }).ToList());
            await foreach (var batch in batches.Reader.ReadAllAsync())
            {
                await WriteAsync(connection, transaction, batch);
            }
            await producer;
            await bulk.WriteAsync(connection, transaction, [Trajectory(tenant.Id, instruments.Outcome.Code, version, finished, now)]);
            await transaction.CommitAsync();
            await Database.ExecuteAsync(connection, "PRAGMA locking_mode=NORMAL; PRAGMA journal_mode=WAL;");
        }
        else
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await bulk.WriteAsync(connection, null, staff);
                await bulk.WriteAsync(connection, null, staff.Select(s => new IdentityUserRole<Guid> { UserId = s.Id, RoleId = staffRole }).ToList());
            }
            // Two writers, one transaction per batch: PostgreSQL builds the indexes of one while the other streams.
            await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await foreach (var batch in batches.Reader.ReadAllAsync())
                {
                    await using var transaction = await connection.BeginTransactionAsync();
                    await WriteAsync(connection, transaction, batch);
                    await transaction.CommitAsync();
                }
            })));
            await producer;
            await using var last = new NpgsqlConnection(connectionString);
            await last.OpenAsync();
            await bulk.WriteAsync(last, null, [Trajectory(tenant.Id, instruments.Outcome.Code, version, finished, now)]);
            var filled = clock.Elapsed.TotalSeconds;
            // As autovacuum would have done long before: statistics and the visibility map.
            await Database.ExecuteAsync(last, "VACUUM (ANALYZE)", timeoutSeconds: 1800);
            // Writes the loaded pages out now rather than during the measurements.
            await Database.ExecuteAsync(last, "CHECKPOINT", timeoutSeconds: 1800);
            Console.WriteLine($"  VACUUM (ANALYZE) and CHECKPOINT: {clock.Elapsed.TotalSeconds - filled:F0} s");
        }
        Console.WriteLine($"Filled {people:N0} persons, {answers:N0} answers ({finished.Count:N0} finished episodes in the trajectory's history), {staff.Count} staff accounts: {rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static CareRelation Relation(Guid tenantId, Guid personId, Guid staffId, Guid departmentId, DateTimeOffset now) => new()
    {
        TenantId = tenantId, Id = Guid.CreateVersion7(), PersonId = personId, StaffUserId = staffId, DepartmentId = departmentId,
        IsCoordinator = true, StartsAt = now.AddDays(-800), StartedBy = staffId,
    };

    /// <summary>What TrajectoryRecalculation stores: EpisodeCount is the number of finished episodes it compares with.</summary>
    private static ExpectedTrajectory Trajectory(Guid tenantId, string code, int version, List<EpisodeSeries> finished, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        InstrumentCode = code,
        Version = version,
        ComputedAt = now,
        EpisodeCount = finished.Count,
        BandsJson = TrajectoryBands.Compute(finished).ToJson(),
    };

    /// <summary>The outcome series of the episodes that had ended before the fill.</summary>
    private static async Task<List<EpisodeSeries>> EarlierFinishedAsync(AppDbContext db, Guid tenantId, string code)
    {
        var rows = await (
            from r in db.Set<FeedbackResponse>().IgnoreQueryFilters()
            join e in db.Set<FeedbackEpisode>().IgnoreQueryFilters() on new { r.TenantId, Id = r.EpisodeId } equals new { e.TenantId, e.Id }
            where r.TenantId == tenantId && e.EndedOn != null && r.InstrumentCode == code && r.Total != null && r.SessionNumber != null
            select new { r.EpisodeId, Session = r.SessionNumber!.Value, Total = r.Total!.Value }).ToListAsync();
        return [.. rows.GroupBy(r => r.EpisodeId).Select(g =>
        {
            var totals = g.OrderBy(r => r.Session).Select(r => (r.Session, r.Total)).ToList();
            return new EpisodeSeries(totals[0].Total, totals);
        })];
    }

    private static AppUser User(string email, string name, Guid tenantId, Guid departmentId, string hash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        DepartmentId = departmentId,
        DisplayName = name,
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        PasswordHash = hash,
        SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        CreatedAt = now,
    };
}
