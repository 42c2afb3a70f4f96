using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Dashboards.Cells.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Dashboards.Cells;

/// <summary>
/// Recomputes the dashboards' cells from the other modules' facades. Runs outside a request: each period gets its own
/// scope with the municipality set, so the facades read through the ordinary tenant filter.
/// </summary>
public sealed class DashboardCells(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The earliest history a full recompute goes back to, when the data start earlier still.</summary>
    public const int MaxMonthsBack = 120;

    // One refresh at a time in this process: the background job and a test or the command never write the same rows at once.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Recomputes every month and every quarter that overlaps [<paramref name="from"/>, <paramref name="to"/>]; returns how many periods.</summary>
    public async Task<int> RefreshAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var periods = 0;
        foreach (var grain in Enum.GetValues<Grain>())
        {
            periods += await RefreshAsync(tenantId, grain, from, to, cancellationToken);
        }
        return periods;
    }

    /// <summary>The current and the previous month and quarter: what new answers and meetings change.</summary>
    public async Task<int> RefreshRecentAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var today = Today();
        var months = await RefreshAsync(tenantId, Grain.Month, Periods.StartOf(today, Grain.Month).AddMonths(-1), today, cancellationToken);
        return months + await RefreshAsync(tenantId, Grain.Quarter, Periods.StartOf(today, Grain.Quarter).AddMonths(-3), today, cancellationToken);
    }

    /// <summary>Every month and quarter from the municipality's first data (at most <see cref="MaxMonthsBack"/> months back) to today.</summary>
    public async Task<int> RefreshHistoryAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var today = Today();
        DateOnly? first;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId);
            first = await CellSources.FirstDateAsync(scope.ServiceProvider, cancellationToken);
        }
        var earliest = Periods.StartOf(today, Grain.Quarter).AddMonths(-MaxMonthsBack);
        var from = first is { } day && day > earliest ? day : earliest;
        // Without any data the recent periods still get their (empty) cells, so the dashboard can say when it counted.
        return await RefreshAsync(tenantId, first is null ? Periods.StartOf(today, Grain.Quarter).AddMonths(-3) : from, today, cancellationToken);
    }

    /// <summary>Every municipality's whole history: what `-- dashboards refresh` runs after a bulk load.</summary>
    public async Task<int> RefreshEveryHistoryAsync(CancellationToken cancellationToken = default)
    {
        var periods = 0;
        foreach (var tenantId in await TenantsAsync(cancellationToken))
        {
            periods += await RefreshHistoryAsync(tenantId, cancellationToken);
        }
        return periods;
    }

    public async Task<IReadOnlyList<Guid>> TenantsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.AsNoTracking().OrderBy(t => t.Name).Select(t => t.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> HasCellsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<DashboardCell>().IgnoreQueryFilters().AnyAsync(c => c.TenantId == tenantId, cancellationToken);
    }

    private async Task<int> RefreshAsync(Guid tenantId, Grain grain, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var periods = 0;
        foreach (var start in Periods.Starts(from, to, grain))
        {
            await RefreshPeriodAsync(tenantId, grain, start, ct);
            periods++;
        }
        return periods;
    }

    private async Task RefreshPeriodAsync(Guid tenantId, Grain grain, DateOnly start, CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sources = await CellSources.ReadAsync(scope.ServiceProvider, start, Periods.EndOf(start, grain), ct);
            var departments = CellFill.Departments(await db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync(ct));
            var stored = await db.Set<DashboardCell>().Where(c => c.Grain == grain && c.PeriodStart == start).ToListAsync(ct);
            var now = clock.GetUtcNow();
            foreach (var departmentId in departments)
            {
                var cell = stored.FirstOrDefault(c => c.DepartmentId == departmentId);
                if (cell is null)
                {
                    cell = new DashboardCell { TenantId = tenantId, DepartmentId = departmentId, Grain = grain, PeriodStart = start };
                    db.Add(cell);
                }
                CellFill.Fill(cell, sources, now);
            }
            // A department that is gone takes its cells with it.
            db.RemoveRange(stored.Where(c => !departments.Contains(c.DepartmentId)));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
}
