using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Demo;

namespace Skipper.Web.Platform.Data;

internal static class DatabaseStartup
{
    /// <summary>Migrates, checks SQLite's durability settings, and seeds the demo on a new database in demo mode.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var isNew = !await db.Database.CanConnectAsync() || !(await db.Database.GetAppliedMigrationsAsync()).Any();
        await db.Database.MigrateAsync();

        if (db.Database.IsSqlite())
        {
            await EnsureWalAndFullSyncAsync(db);
        }

        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());

        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SkipperOptions>>().Value;
        if (isNew && options.DemoMode)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }
        foreach (var seed in scope.ServiceProvider.GetServices<IStartupSeed>())
        {
            await seed.SeedAsync();
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        // One query for all roles: start-up time counts.
        var existing = await roles.Roles.Select(r => r.Name).ToListAsync();
        foreach (var role in Roles.All.Except(existing.OfType<string>()))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
        }
    }

    private static async Task EnsureWalAndFullSyncAsync(AppDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            var journal = (string?)await command.ExecuteScalarAsync();
            command.CommandText = "PRAGMA synchronous;";
            var synchronous = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase) || synchronous != 2)
            {
                throw new InvalidOperationException($"SQLite must run with journal_mode=WAL and synchronous=FULL, found {journal} and {synchronous}.");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
