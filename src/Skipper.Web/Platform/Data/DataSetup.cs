using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Skipper.Web.Platform.Data;

internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

internal static class DataSetup
{
    public const string DefaultSqlite = "Data Source=data/skipper.db";

    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{name}'.");
    }

    public static IServiceCollection AddPlatformData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Skipper");
        services.AddSingleton<TenantStampInterceptor>();
        switch (Provider(configuration))
        {
            case DatabaseProvider.Postgres:
                services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, options) => options
                    .UseNpgsql(connectionString ?? throw new InvalidOperationException("ConnectionStrings:Skipper is required for Postgres."))
                    .AddInterceptors(sp.GetRequiredService<TenantStampInterceptor>()));
                break;
            default:
                var sqlite = SqliteConnectionString(connectionString);
                services.AddSingleton<SqliteConnectionInterceptor>();
                services.AddSingleton<SqliteWriteQueue>();
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, options) => options
                    .UseSqlite(sqlite)
                    .AddInterceptors(
                        sp.GetRequiredService<TenantStampInterceptor>(),
                        sp.GetRequiredService<SqliteConnectionInterceptor>(),
                        sp.GetRequiredService<SqliteWriteQueue>()));
                break;
        }
        return services;
    }

    /// <summary>Makes sure the folder of the database file exists, so a fresh checkout starts with no set-up.</summary>
    private static string SqliteConnectionString(string? configured)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? DefaultSqlite);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }

    /// <summary>SQLite cannot compare DateTimeOffset in SQL; stored as a sortable number there.</summary>
    public static void UseSortableTimes(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
