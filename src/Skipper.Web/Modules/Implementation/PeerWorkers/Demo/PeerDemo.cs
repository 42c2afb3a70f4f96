using Skipper.Web.Modules.Implementation.PeerWorkers.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Demo;

/// <summary>
/// A few peer-worker positions in each demo department over the last years (some ended, some project or trainee),
/// and the section's target: twice the positions it had at the end of 2024, by the end of 2027 (or next year, once
/// 2027 has passed). Dates are counted back from today, so the figures move over the chart's three years.
/// </summary>
internal static class PeerDemo
{
    private static readonly (int Department, string Label, decimal Percent, PositionKind Kind, int StartMonthsAgo, int? EndMonthsAgo)[] Positions =
    [
        (0, "Erfaringskonsulent", 100m, PositionKind.Permanent, 60, null),
        (0, "Erfaringskonsulent, prosjekt", 50m, PositionKind.Project, 27, 9),
        (0, "Erfaringskonsulent", 60m, PositionKind.Permanent, 8, null),
        (0, "Trainee", 20m, PositionKind.Trainee, 3, null),
        (1, "Erfaringsmedarbeider", 80m, PositionKind.Permanent, 48, null),
        (1, "Prosjekt: ut av rusen", 50m, PositionKind.Project, 18, -6),
        (2, "Trainee", 40m, PositionKind.Trainee, 30, 18),
        (2, "Erfaringskonsulent", 100m, PositionKind.Permanent, 12, null),
    ];

    public static void Add(AppDbContext db, Guid tenantId, IReadOnlyList<Guid> departments, string by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var spans = new List<PositionSpan>();
        foreach (var (department, label, percent, kind, start, end) in Positions)
        {
            var position = new PeerPosition
            {
                TenantId = tenantId, Id = Guid.NewGuid(), DepartmentId = departments[department % departments.Count], Label = label,
                Percent = percent, Kind = kind, StartOn = today.AddMonths(-start), EndOn = end is { } e ? today.AddMonths(-e) : null,
                UpdatedBy = by, UpdatedAt = now, Version = 1,
            };
            spans.Add(position.ToSpan());
            db.Add(position);
        }
        var year = Math.Max(2027, today.Year + 1);
        var (count2024, fte2024) = PeerRules.On(spans, new DateOnly(2024, 12, 31));
        db.Add(Target(tenantId, null, year, Math.Max(2, 2 * count2024), Math.Max(1m, 2m * (decimal)fte2024), by, now));
        db.Add(Target(tenantId, departments[0], year, 4, 3m, by, now));
        db.Add(Target(tenantId, departments[0], today.Year, 3, null, by, now));
    }

    private static PeerTargetRow Target(Guid tenantId, Guid? departmentId, int year, int? positions, decimal? fte, string by, DateTimeOffset now) =>
        new()
        {
            TenantId = tenantId, Id = Guid.NewGuid(), DepartmentId = departmentId, Year = year, Positions = positions, Fte = fte,
            UpdatedBy = by, UpdatedAt = now, Version = 1,
        };
}
