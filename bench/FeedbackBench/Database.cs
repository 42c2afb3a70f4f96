using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace FeedbackBench;

/// <summary>Skipper's own DbContext for either provider (its model gives the fill its tables and columns), and plain commands.</summary>
internal static class Database
{
    public static bool IsPostgres(string provider) => provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    public static AppDbContext Context(string provider, string connection) =>
        IsPostgres(provider)
            ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options, new NoTenant())
            : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(new SqliteConnection(connection), contextOwnsConnection: true).Options, new NoTenant());

    public static async Task ExecuteAsync(DbConnection connection, string sql, int timeoutSeconds = 30)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the PostgreSQL database named in the connection string.</summary>
    public static async Task<int> DropAsync(Args args)
    {
        var builder = new NpgsqlConnectionStringBuilder(args.Text("connection"));
        var database = builder.Database ?? throw new ArgumentException("the connection string names no database");
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{database.Replace("\"", "", StringComparison.Ordinal)}\" WITH (FORCE)");
        return 0;
    }

    private sealed class NoTenant : ITenantContext
    {
        public Guid? TenantId => null;
    }
}
