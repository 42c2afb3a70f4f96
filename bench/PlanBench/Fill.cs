using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace PlanBench;

/// <summary>
/// Fills a migrated, demo-seeded Skipper database (the app has started on it once and stopped) with PEOPLE persons
/// in the demo municipality, each with an account and a full plan, and one staff account per 100 persons with a
/// care relation to each of them. Inserts are multi-row statements built from Skipper's own EF model (Bulk), in batches; all accounts share one
/// precomputed password hash.
/// </summary>
internal static class Fill
{
    public const string Password = "skipper-bench-2026";
    private const int PeoplePerStaff = 100;
    private const int BatchPeople = 100;

    public static string PersonEmail(int i) => $"plan-bench-{i:D5}@bench.skipper.local";

    public static string StaffEmail(int j) => $"plan-bench-staff-{j:D3}@bench.skipper.local";

    public static async Task<int> RunAsync(Args args)
    {
        var provider = args.Text("provider");
        var connection = args.Text("connection");
        var people = args.Number("people", 10_000);
        var clock = Stopwatch.StartNew();
        var hash = new PasswordHasher<AppUser>().HashPassword(null!, Password);

        Guid tenantId, departmentId, personRole, staffRole;
        await using (var db = Open(provider, connection))
        {
            var tenant = await db.Tenants.SingleAsync(t => t.HostName == "demo.localhost");
            tenantId = tenant.Id;
            departmentId = (await db.Departments.IgnoreQueryFilters().Where(d => d.TenantId == tenantId).OrderBy(d => d.Name).FirstAsync()).Id;
            personRole = (await db.Roles.SingleAsync(r => r.Name == Roles.Person)).Id;
            staffRole = (await db.Roles.SingleAsync(r => r.Name == Roles.Staff)).Id;
        }

        var staff = Enumerable.Range(0, (people + PeoplePerStaff - 1) / PeoplePerStaff)
            .Select(j => User(StaffEmail(j), $"Ansatt {j}", tenantId, departmentId, hash)).ToList();
        await using (var db = Open(provider, connection))
        {
            var bulk = new Bulk(db);
            staff.ForEach(bulk.Add);
            staff.ForEach(s => bulk.Add(new IdentityUserRole<Guid> { UserId = s.Id, RoleId = staffRole }));
            await bulk.SaveAsync();
        }

        var rows = 0L;
        var batches = Enumerable.Range(0, (people + BatchPeople - 1) / BatchPeople).ToList();
        // PostgreSQL takes two writers; SQLite has one write lock, so one writer.
        var writers = provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = writers }, async (batch, _) =>
        {
            await using var db = Open(provider, connection);
            var bulk = new Bulk(db);
            var random = new Random(batch);
            var now = DateTimeOffset.UtcNow;
            for (var i = batch * BatchPeople; i < Math.Min(people, (batch + 1) * BatchPeople); i++)
            {
                var name = Names.Person(random);
                var user = User(PersonEmail(i), name, tenantId, departmentId, hash);
                var person = new Person { TenantId = tenantId, Id = Guid.NewGuid(), UserId = user.Id, DepartmentId = departmentId, DisplayName = name, CreatedAt = now.AddDays(-800) };
                var carer = staff[i / PeoplePerStaff];
                bulk.Add(user);
                bulk.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = personRole });
                bulk.Add(person);
                bulk.Add(new CareRelation
                {
                    TenantId = tenantId, Id = Guid.NewGuid(), PersonId = person.Id, StaffUserId = carer.Id, DepartmentId = departmentId,
                    IsCoordinator = true, StartsAt = now.AddDays(-700), StartedBy = carer.Id,
                });
                FullPlan.Add(bulk, random, tenantId, person, new Authorship(user.Id, name, Roles.Person, now), new Authorship(carer.Id, carer.DisplayName, Roles.Staff, now));
            }
            Interlocked.Add(ref rows, bulk.Count);
            await bulk.SaveAsync();
            if ((batch + 1) % 10 == 0)
            {
                Console.WriteLine($"  {Math.Min(people, (batch + 1) * BatchPeople)} persons, {Interlocked.Read(ref rows)} rows, {clock.Elapsed.TotalSeconds:F0} s");
            }
        });
        Console.WriteLine($"Filled {people} persons with full plans and {staff.Count} staff accounts: {rows} rows in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public static async Task<int> DropAsync(Args args)
    {
        var builder = new NpgsqlConnectionStringBuilder(args.Text("connection"));
        var database = builder.Database ?? throw new ArgumentException("the connection string names no database");
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database.Replace("\"", "", StringComparison.Ordinal)}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
        return 0;
    }

    private static AppDbContext Open(string provider, string connection)
    {
        var tenant = new NoTenant();
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options, tenant);
        }
        // The fill need not survive a power cut (no fsync on each batch), and random keys want a large page cache.
        var sqlite = new SqliteConnection(connection);
        sqlite.Open();
        using (var pragma = sqlite.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA busy_timeout=10000;";
            pragma.ExecuteNonQuery();
        }
        return new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(sqlite, contextOwnsConnection: true).Options, tenant);
    }

    private static AppUser User(string email, string name, Guid tenantId, Guid departmentId, string hash) => new()
    {
        Id = Guid.NewGuid(),
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
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private sealed class NoTenant : ITenantContext
    {
        public Guid? TenantId => null;
    }
}
