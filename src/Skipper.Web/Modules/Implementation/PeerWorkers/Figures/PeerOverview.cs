using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.PeerWorkers.Data;
using Skipper.Web.Modules.Implementation.PeerWorkers.Positions;
using Skipper.Web.Modules.Implementation.PeerWorkers.Targets;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Figures;

/// <summary>A row of today's figures, with the department's name (null for the section).</summary>
public sealed record WorkforceRow(Guid? DepartmentId, string? Department, int Positions, double Fte, PeerTarget? Target);

/// <summary>What the page shows for one department, or (DepartmentId null) for the section and all its departments.</summary>
public sealed record PeerOverviewView(
    Guid? DepartmentId,
    string? Department,
    IReadOnlyDictionary<Guid, string> DepartmentNames,
    IReadOnlyList<PositionView> Positions,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<WorkforceRow> Today,
    IReadOnlyList<TimelinePoint> Timeline);

/// <summary>Reads positions, targets and figures for recovery contacts and leaders of a department, and section leaders.</summary>
public sealed class PeerOverview(AppDbContext db, DepartmentAccess access, IPeerWorkforce workforce, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);

    public async Task<Outcome<List<PositionView>>> PositionsAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var rows = await db.Set<PeerPosition>().AsNoTracking().Where(p => p.DepartmentId == departmentId).ToListAsync();
        return rows.OrderBy(p => p.EndOn is not null).ThenBy(p => p.StartOn).Select(PositionView.From).ToList();
    }

    /// <summary>One position, if the user works on its department.</summary>
    public async Task<Outcome<PositionView>> PositionAsync(ClaimsPrincipal user, Guid positionId)
    {
        var position = await db.Set<PeerPosition>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == positionId);
        if (position is null)
        {
            return PositionCommands.NotFound;
        }
        var opened = await access.OpenAsync(user, position.DepartmentId);
        return opened.Succeeded ? PositionView.From(position) : opened.Refusal;
    }

    /// <summary>Every department's and the section's figures on a day: section leaders only.</summary>
    public async Task<Outcome<List<WorkforceRow>>> SectionOnAsync(ClaimsPrincipal user, DateOnly day)
    {
        if (!DepartmentAccess.SeesAll(user))
        {
            return TargetCommands.SectionOnly;
        }
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        return (await workforce.OnDayAsync(day)).Select(f => Row(f, names)).ToList();
    }

    public async Task<Outcome<PeerOverviewView>> ForAsync(ClaimsPrincipal user, Guid? departmentId)
    {
        string? name = null;
        if (departmentId is { } id)
        {
            var opened = await access.OpenAsync(user, id);
            if (!opened.Succeeded)
            {
                return opened.Refusal;
            }
            name = opened.Value.Name;
        }
        else if (!DepartmentAccess.SeesAll(user))
        {
            return TargetCommands.SectionOnly;
        }
        var data = await PeerData.ReadAsync(db);
        var positions = await db.Set<PeerPosition>().AsNoTracking().Where(p => departmentId == null || p.DepartmentId == departmentId).ToListAsync();
        var names = data.Departments.ToDictionary(d => d.Id, d => d.Name);
        var today = Today;
        var rows = Rows(data, today).Where(r => departmentId is null || r.DepartmentId == departmentId).ToList();
        var spans = data.Positions.Where(p => departmentId is null || p.DepartmentId == departmentId).ToList();
        var targets = data.Targets.Where(t => t.DepartmentId == departmentId).OrderBy(t => t.Year).ToList();
        return new PeerOverviewView(
            departmentId, name, names,
            positions.OrderBy(p => names.GetValueOrDefault(p.DepartmentId)).ThenBy(p => p.EndOn is not null).ThenBy(p => p.StartOn).Select(PositionView.From).ToList(),
            targets.ConvertAll(TargetView.From),
            rows,
            PeerTimeline.Build(spans, data.TargetsOf(departmentId).ToList(), today));
    }

    private static List<WorkforceRow> Rows(PeerData data, DateOnly day)
    {
        var names = data.Departments.ToDictionary(d => d.Id, d => d.Name);
        return data.Departments.Select(d => data.Figures(d.Id, day)).Append(data.Figures(null, day)).Select(f => Row(f, names)).ToList();
    }

    private static WorkforceRow Row(PeerWorkforceFigures f, Dictionary<Guid, string> names) =>
        new(f.DepartmentId, f.DepartmentId is { } id ? names.GetValueOrDefault(id) : null, f.Positions, f.Fte, f.Target);
}
