using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.PeerWorkers.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Figures;

/// <summary>Every department's and the section's peer-worker figures on a day (IPeerWorkforce). Positions are few: read once, counted here.</summary>
internal sealed class PeerWorkforceQuery(AppDbContext db) : IPeerWorkforce
{
    public async Task<IReadOnlyList<PeerWorkforceFigures>> OnDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var data = await PeerData.ReadAsync(db, cancellationToken);
        return data.Departments.Select(d => data.Figures(d.Id, day)).Append(data.Figures(null, day)).ToList();
    }
}

/// <summary>The municipality's departments, positions and targets, read once for one answer.</summary>
internal sealed record PeerData(IReadOnlyList<(Guid Id, string Name)> Departments, IReadOnlyList<PositionSpan> Positions, IReadOnlyList<PeerTargetRow> Targets)
{
    public static async Task<PeerData> ReadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var positions = await db.Set<PeerPosition>().AsNoTracking().ToListAsync(cancellationToken);
        var targets = await db.Set<PeerTargetRow>().AsNoTracking().ToListAsync(cancellationToken);
        return new(departments.ConvertAll(d => (d.Id, d.Name)), positions.ConvertAll(p => p.ToSpan()), targets);
    }

    /// <summary>One department's figures, or (null) every department together against the section's own target.</summary>
    public PeerWorkforceFigures Figures(Guid? departmentId, DateOnly day)
    {
        var (count, fte) = PeerRules.On(Positions.Where(p => departmentId is null || p.DepartmentId == departmentId), day);
        return new(departmentId, count, fte, PeerRules.TargetFor(TargetsOf(departmentId), day));
    }

    public IEnumerable<PeerTarget> TargetsOf(Guid? departmentId) =>
        Targets.Where(t => t.DepartmentId == departmentId).Select(t => t.ToTarget());
}
