using Skipper.Web.Modules.Implementation;

namespace Skipper.Web.Modules.Dashboards.Figures;

/// <summary>
/// Peer-worker positions and full-time equivalents against the target, on each period's last day. Staff positions are
/// not personal health data: never hidden.
/// </summary>
public static class PeerFigures
{
    public const string Positions = "peer-positions";
    public const string Fte = "peer-fte";

    /// <param name="series">The scope's row on each period's last day (null where the facade had none).</param>
    /// <param name="atEnd">Every row on the whole period's last day, for the section's table.</param>
    /// <param name="table">The section's departments, or null for one department's dashboard.</param>
    public static IReadOnlyList<FigureView> Build(
        Guid? departmentId,
        IReadOnlyList<PeerWorkforceFigures?> series,
        IReadOnlyList<PeerWorkforceFigures> atEnd,
        IReadOnlyList<DateOnly> periods,
        IReadOnlyList<(Guid Id, string Name)>? table)
    {
        var last = atEnd.FirstOrDefault(p => p.DepartmentId == departmentId);
        return
        [
            Figure(Positions, FigureUnit.Count, last, series, periods, table, atEnd, p => p.Positions, t => t.Positions),
            Figure(Fte, FigureUnit.Fte, last, series, periods, table, atEnd, p => p.Fte, t => t.Fte),
        ];
    }

    private static FigureView Figure(
        string key,
        FigureUnit unit,
        PeerWorkforceFigures? last,
        IReadOnlyList<PeerWorkforceFigures?> series,
        IReadOnlyList<DateOnly> periods,
        IReadOnlyList<(Guid Id, string Name)>? table,
        IReadOnlyList<PeerWorkforceFigures> atEnd,
        Func<PeerWorkforceFigures, double> value,
        Func<PeerTarget, double?> target) =>
        new(
            key,
            FigureRules.Peers,
            unit,
            new FigureValue(Value(last, value), last?.Positions, null, null),
            series.Select((p, i) => new FigurePoint(periods[i], Value(p, value), p?.Positions, null, null)).ToList(),
            table?.Select(d =>
            {
                var row = atEnd.FirstOrDefault(p => p.DepartmentId == d.Id);
                return new DepartmentValue(d.Id, d.Name, Value(row, value), row?.Positions, null, null);
            }).ToList(),
            last?.Target is { } t ? new FigureTarget(t.Year, target(t)) : null);

    private static double? Value(PeerWorkforceFigures? row, Func<PeerWorkforceFigures, double> value) =>
        row is null ? null : Math.Round(value(row), 2, MidpointRounding.AwayFromZero);
}
