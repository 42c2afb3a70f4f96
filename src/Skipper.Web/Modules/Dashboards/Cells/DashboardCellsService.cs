using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Dashboards.Cells;

/// <summary>
/// Keeps the dashboards' cells current: a few seconds after start and then every minute, the current and previous month
/// and quarter of every municipality; once a night, and for a municipality without cells, its whole history. A failure
/// is logged (ids only) and the next municipality goes on.
/// </summary>
internal sealed class DashboardCellsService(DashboardCells cells, TimeProvider clock, ILogger<DashboardCellsService> logger) : BackgroundService
{
    public static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private DateOnly historyDay;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            historyDay = Today();
            await Task.Delay(StartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(Every, clock);
            do
            {
                await RefreshAllAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    internal async Task RefreshAllAsync(CancellationToken ct)
    {
        var today = Today();
        var nightly = today != historyDay;
        historyDay = today;
        IReadOnlyList<Guid> tenants;
        try
        {
            tenants = await cells.TenantsAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not list the municipalities for the dashboard cells");
            return;
        }
        foreach (var tenantId in tenants)
        {
            try
            {
                if (nightly || !await cells.HasCellsAsync(tenantId, ct))
                {
                    await cells.RefreshHistoryAsync(tenantId, ct);
                }
                else
                {
                    await cells.RefreshRecentAsync(tenantId, ct);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not recompute the dashboard cells of tenant {TenantId}", tenantId);
            }
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
}
