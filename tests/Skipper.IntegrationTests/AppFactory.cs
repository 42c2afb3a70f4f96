using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Skipper.IntegrationTests;

/// <summary>
/// Skipper on a fresh database of one provider, with the demo municipalities. "Sqlite" uses a file in a
/// temporary folder; "Postgres" creates a new database on the server named by SKIPPER_TEST_POSTGRES.
/// </summary>
public sealed class AppFactory(string provider, Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string Password = "skipper-demo-2026";
    private readonly string databaseName = "skipper_test_" + Guid.NewGuid().ToString("N");
    private string? sqliteFolder;

    public string Provider => provider;

    public static string? PostgresServer => Environment.GetEnvironmentVariable("SKIPPER_TEST_POSTGRES");

    // Each running app watches its files (settings, wwwroot for asp-append-version) through inotify, and a machine
    // allows a user only 128 inotify instances: many apps in parallel ran out. Polling watchers use none.
    static AppFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Skipper:DemoMode", "true");
        builder.UseSetting("SKIPPER_DEMO_PASSWORD", Password);
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Skipper", ConnectionString());
        // Tests sign in many times a minute from one address; a test that needs the limits sets them low.
        builder.UseSetting("Skipper:SignInLimits:PerAddressPerMinute", "100000");
        builder.UseSetting("Skipper:SignInLimits:PerAccountPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(test =>
        {
            services?.Invoke(test);
        });
    }

    private string ConnectionString()
    {
        if (provider == "Postgres")
        {
            var server = PostgresServer ?? throw new InvalidOperationException("Set SKIPPER_TEST_POSTGRES to run the PostgreSQL tests.");
            return $"{server};Database={databaseName}";
        }
        sqliteFolder ??= Directory.CreateTempSubdirectory("skipper-test-").FullName;
        return $"Data Source={Path.Combine(sqliteFolder, "skipper.db")}";
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind.
            }
        }
    }
}
