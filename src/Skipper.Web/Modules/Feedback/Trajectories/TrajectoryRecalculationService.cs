using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Trajectories;

/// <summary>
/// Recalculates every municipality's expected trajectories shortly after start and then once a day. A failure
/// is logged (ids only, never personal data) and the next municipality goes on.
/// </summary>
internal sealed class TrajectoryRecalculationService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrajectoryRecalculationService> logger)
    : BackgroundService
{
    // After start-up work (migrations, seeding) has had its turn.
    public static readonly TimeSpan StartDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Every = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(StartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(Every, clock);
            do
            {
                await RecalculateAllAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Every outcome instrument of every municipality; returns how many new versions were stored.</summary>
    internal async Task<int> RecalculateAllAsync(CancellationToken ct)
    {
        var stored = 0;
        foreach (var (tenantId, code) in await OutcomeInstrumentsAsync(ct))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var recalculation = scope.ServiceProvider.GetRequiredService<TrajectoryRecalculation>();
                if (await recalculation.RecalculateAsync(tenantId, code, ct) is not null)
                {
                    stored++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not recalculate the expected trajectory of {InstrumentCode} for tenant {TenantId}", code, tenantId);
            }
        }
        return stored;
    }

    private async Task<List<(Guid TenantId, string Code)>> OutcomeInstrumentsAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.Set<InstrumentVersion>().IgnoreQueryFilters().AsNoTracking()
                .Where(i => i.Kind == InstrumentKind.Outcome)
                .Select(i => new { i.TenantId, i.Code })
                .Distinct()
                .ToListAsync(ct);
            return [.. rows.Select(r => (r.TenantId, r.Code))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not list the outcome instruments for trajectory recalculation");
            return [];
        }
    }
}
