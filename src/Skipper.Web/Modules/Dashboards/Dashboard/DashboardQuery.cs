using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Dashboards.Cells;
using Skipper.Web.Modules.Dashboards.Cells.Data;
using Skipper.Web.Modules.Dashboards.Figures;
using Skipper.Web.Modules.Guide;
using Skipper.Web.Modules.Implementation;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Dashboards.Dashboard;

/// <summary>
/// The section's or one department's dashboard, read from the pre-computed cells (a few hundred rows, never the answers).
/// Pages, the export and the API all call this. Which department a leader may see is DepartmentAccess's decision.
/// </summary>
public sealed class DashboardQuery(
    AppDbContext db,
    DepartmentAccess access,
    IReflectionFigures reflection,
    IPeerWorkforce peers,
    IStringLocalizer<Texts> texts,
    TimeProvider clock)
{
    public static readonly Refusal NotSection = Refusal.Of(RefusalKind.Forbidden, "Dashboards.Error.NotSection");

    public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);

    /// <summary>Every department together, with a table per department: section leaders only.</summary>
    public async Task<Outcome<DashboardView>> SectionAsync(ClaimsPrincipal user, DashboardPeriod period, CancellationToken ct = default)
    {
        if (!DepartmentAccess.SeesAll(user))
        {
            return NotSection;
        }
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var cells = await Cells(period).ToListAsync(ct);
        var scope = departments.Select(d => Cells(d.Id, d.Name, cells, period)).ToList();
        // Persons without a department count in the section's totals; they get a row of their own only when there are any.
        var without = Cells(null, texts["Dashboards.WithoutDepartment"], cells, period);
        if (without.Periods.Any(HasAnyone))
        {
            scope.Add(without);
        }
        var figures = DashboardFigures.Build(FigureRules.For(reflection.Exercises), period.Starts, scope, withTable: true);
        var peerFigures = await PeerFiguresAsync(null, departments.Select(d => (d.Id, d.Name)).ToList(), period, ct);
        return View(DashboardView.Section, null, null, period, cells, [.. figures, .. peerFigures]);
    }

    /// <summary>One department: 404 when the municipality has none with that id, 403 when it is not the leader's.</summary>
    public async Task<Outcome<DashboardView>> DepartmentAsync(ClaimsPrincipal user, Guid departmentId, DashboardPeriod period, CancellationToken ct = default)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var department = opened.Value;
        var cells = await Cells(period).Where(c => c.DepartmentId == department.Id).ToListAsync(ct);
        var figures = DashboardFigures.Build(FigureRules.For(reflection.Exercises), period.Starts, [Cells(department.Id, department.Name, cells, period)], withTable: false);
        var peerFigures = await PeerFiguresAsync(department.Id, null, period, ct);
        return View(DashboardView.Department, department.Id, department.Name, period, cells, [.. figures, .. peerFigures]);
    }

    private IQueryable<DashboardCell> Cells(DashboardPeriod period) =>
        db.Set<DashboardCell>().AsNoTracking().Where(c => c.Grain == period.Grain && c.PeriodStart >= period.From && c.PeriodStart <= period.To);

    private static DepartmentCells Cells(Guid? departmentId, string name, List<DashboardCell> cells, DashboardPeriod period)
    {
        var id = departmentId ?? Guid.Empty;
        var mine = cells.Where(c => c.DepartmentId == id).ToDictionary(c => c.PeriodStart);
        return new DepartmentCells(departmentId, name, period.Starts.Select(s => mine.TryGetValue(s, out var c) ? CellSum.Of(c) : CellSum.Empty).ToList());
    }

    private static bool HasAnyone(CellSum s) =>
        s.EpisodesEnded + s.AllianceAnswers + s.OnTrackKnownPeople + s.RecoveryAnswers + s.Meetings + s.RestartRequests > 0;

    private async Task<IReadOnlyList<FigureView>> PeerFiguresAsync(Guid? departmentId, IReadOnlyList<(Guid Id, string Name)>? table, DashboardPeriod period, CancellationToken ct)
    {
        var ends = period.Starts.Select(s => Periods.EndOf(s, period.Grain)).ToList();
        var series = new List<PeerWorkforceFigures?>();
        IReadOnlyList<PeerWorkforceFigures> atEnd = [];
        foreach (var end in ends)
        {
            var day = await peers.OnDayAsync(end, ct);
            series.Add(day.FirstOrDefault(p => p.DepartmentId == departmentId));
            atEnd = day;
        }
        return PeerFigures.Build(departmentId, series, atEnd, period.Starts, table);
    }

    private static DashboardView View(string scope, Guid? id, string? name, DashboardPeriod period, List<DashboardCell> cells, IReadOnlyList<FigureView> figures) =>
        new(scope, id, name, period.From, period.To, period.Grain,
            cells.Count == 0 ? null : cells.Max(c => c.ComputedAt),
            period.Starts.Select(s => new PeriodView(s, Periods.EndOf(s, period.Grain))).ToList(),
            figures);
}
