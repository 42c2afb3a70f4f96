using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FeedbackBench;

/// <summary>
/// The database's own durable-commit rate, measured in the same run beside the app: one single-row INSERT per
/// transaction, one after the other. SQLite: a scratch file in the app database's directory (same disk), WAL,
/// synchronous=FULL. PostgreSQL: a scratch table in the app's database on the same server, the server's default
/// synchronous_commit; also with 8 connections at once (PostgreSQL then flushes several commits together).
/// </summary>
internal static class Commits
{
    private const string Answers = """[{"linkId":"me","value":7.3},{"linkId":"close","value":6.1},{"linkId":"social","value":5.8},{"linkId":"overall","value":6.6}]""";

    public static async Task<(double Single, double? Parallel, string Setting)> MeasureAsync(string provider, string connection, double seconds)
    {
        if (!Database.IsPostgres(provider))
        {
            var file = new SqliteConnectionStringBuilder(connection).DataSource;
            var scratch = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "commit-scratch.db");
            try
            {
                await using var sqlite = new SqliteConnection($"Data Source={scratch};Pooling=False");
                await sqlite.OpenAsync();
                await Database.ExecuteAsync(sqlite, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE scratch (id BLOB PRIMARY KEY, person BLOB NOT NULL, answers TEXT NOT NULL, total REAL, stored TEXT NOT NULL);");
                var rate = await RateAsync(() => sqlite, seconds, 1, postgres: false);
                return (rate, null, "WAL, synchronous=FULL");
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(scratch + suffix);
                }
            }
        }
        var builder = new NpgsqlConnectionStringBuilder(connection) { Pooling = false };
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        await Database.ExecuteAsync(admin, "CREATE TABLE bench_commit_scratch (id uuid PRIMARY KEY, person uuid NOT NULL, answers text NOT NULL, total double precision, stored timestamptz NOT NULL)");
        try
        {
            string setting;
            await using (var show = new NpgsqlCommand("SELECT current_setting('synchronous_commit') || ', fsync=' || current_setting('fsync') || ', wal_sync_method=' || current_setting('wal_sync_method')", admin))
            {
                setting = "synchronous_commit=" + (string)(await show.ExecuteScalarAsync())!;
            }
            var single = await RateAsync(() => admin, seconds, 1, postgres: true);
            var connections = new List<NpgsqlConnection>();
            for (var i = 0; i < 8; i++)
            {
                var c = new NpgsqlConnection(builder.ConnectionString);
                await c.OpenAsync();
                connections.Add(c);
            }
            var n = -1;
            var parallel = await RateAsync(() => connections[Interlocked.Increment(ref n)], seconds, connections.Count, postgres: true);
            foreach (var c in connections)
            {
                await c.DisposeAsync();
            }
            return (single, parallel, setting);
        }
        finally
        {
            await Database.ExecuteAsync(admin, "DROP TABLE IF EXISTS bench_commit_scratch");
        }
    }

    /// <summary>Commits per second: WRITERS loops, each inserting one row per transaction (autocommit) for SECONDS.</summary>
    private static async Task<double> RateAsync(Func<System.Data.Common.DbConnection> connectionOf, double seconds, int writers, bool postgres)
    {
        var count = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var connection = connectionOf();
            await using var insert = connection.CreateCommand();
            insert.CommandText = postgres
                ? "INSERT INTO bench_commit_scratch (id, person, answers, total, stored) VALUES ($1, $2, $3, $4, $5)"
                : "INSERT INTO scratch (id, person, answers, total, stored) VALUES (@p1, @p2, @p3, @p4, @p5)";
            var values = new object[] { Guid.Empty, Guid.NewGuid(), Answers, 25.8, DateTimeOffset.UtcNow };
            foreach (var (value, i) in values.Select((v, i) => (v, i + 1)))
            {
                var parameter = insert.CreateParameter();
                if (!postgres)
                {
                    parameter.ParameterName = "@p" + i;
                }
                parameter.Value = value;
                insert.Parameters.Add(parameter);
            }
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                insert.Parameters[0].Value = Guid.NewGuid();
                await insert.ExecuteNonQueryAsync();
                Interlocked.Increment(ref count);
            }
        })));
        var rate = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  raw commits, {writers} writer(s): {count} in {clock.Elapsed.TotalSeconds:F1} s = {rate:F0}/s"));
        return rate;
    }
}
