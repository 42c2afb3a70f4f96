namespace Skipper.Web.Platform.Auditing;

/// <summary>
/// The database itself refuses UPDATE and DELETE on the audit tables, whoever asks. Used by the
/// AccessAndAudit migrations; kept here so both providers' rules sit side by side.
/// </summary>
internal static class AuditTriggers
{
    private static readonly string[] Tables = ["AuditEvents", "AuditSubjects"];

    public static IEnumerable<string> SqliteUp() => Tables.SelectMany(table => new[] { "UPDATE", "DELETE" }.Select(op =>
        $"CREATE TRIGGER \"{table}_no_{op.ToLowerInvariant()}\" BEFORE {op} ON \"{table}\" " +
        $"BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;"));

    public static IEnumerable<string> SqliteDown() => Tables.SelectMany(table => new[] { "update", "delete" }.Select(op =>
        $"DROP TRIGGER IF EXISTS \"{table}_no_{op}\";"));

    public static IEnumerable<string> PostgresUp() =>
        new[]
        {
            "CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS " +
            "$$ BEGIN RAISE EXCEPTION 'audit events are append-only'; END; $$;",
        }.Concat(Tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER \"{table}_no_change\" BEFORE UPDATE OR DELETE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION audit_append_only();",
            $"CREATE TRIGGER \"{table}_no_truncate\" BEFORE TRUNCATE ON \"{table}\" FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();",
        }));

    public static IEnumerable<string> PostgresDown() =>
        Tables.SelectMany(table => new[]
        {
            $"DROP TRIGGER IF EXISTS \"{table}_no_change\" ON \"{table}\";",
            $"DROP TRIGGER IF EXISTS \"{table}_no_truncate\" ON \"{table}\";",
        }).Append("DROP FUNCTION IF EXISTS audit_append_only();");
}
