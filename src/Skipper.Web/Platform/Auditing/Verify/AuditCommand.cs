namespace Skipper.Web.Platform.Auditing.Verify;

/// <summary>`dotnet run --project src/Skipper.Web -- audit verify`: checks every chain, exit code 1 if any is broken.</summary>
internal static class AuditCommand
{
    public static bool IsAuditVerify(string[] args) => args is ["audit", "verify", ..];

    public static async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        IReadOnlyList<ChainReport> reports;
        try
        {
            reports = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAllAsync();
        }
        catch (System.Data.Common.DbException ex)
        {
            Console.Error.WriteLine("Could not read the audit trail (has Skipper started on this database?): " + ex.Message);
            return 2;
        }
        foreach (var report in reports)
        {
            Console.WriteLine(report.IsIntact
                ? $"OK      {report.TenantName}: {report.Events} events, chain intact"
                : $"BROKEN  {report.TenantName}: first broken event #{report.FirstBrokenSequence} ({report.FirstBrokenId}): {report.Problem}");
        }
        return reports.All(r => r.IsIntact) ? 0 : 1;
    }
}
