using Skipper.Web.Modules.Implementation.PeerWorkers.Data;

namespace Skipper.Web.Modules.Implementation.PeerWorkers;

/// <summary>A position as the figures need it.</summary>
public sealed record PositionSpan(Guid DepartmentId, decimal Percent, DateOnly StartOn, DateOnly? EndOn);

/// <summary>
/// The rules behind the peer-worker figures, as pure functions: which positions are in force on a day, how many
/// full-time equivalents they make, and which target counts for a day.
/// </summary>
public static class PeerRules
{
    public const decimal MaxPercent = 100m;

    /// <summary>In force from its first day through its last day (an open end runs on).</summary>
    public static bool InForce(PositionSpan position, DateOnly day) =>
        position.StartOn <= day && (position.EndOn is null || position.EndOn >= day);

    /// <summary>Full-time equivalents: the percentages added up, over 100 (two half positions make 1.0).</summary>
    public static double Fte(IEnumerable<decimal> percents) => (double)(percents.Sum() / 100m);

    /// <summary>How many positions are in force on the day, and their FTE.</summary>
    public static (int Positions, double Fte) On(IEnumerable<PositionSpan> positions, DateOnly day)
    {
        var inForce = positions.Where(p => InForce(p, day)).ToList();
        return (inForce.Count, Fte(inForce.Select(p => p.Percent)));
    }

    /// <summary>The target of the day's year; else the nearest later year that has one; else none. Earlier years never count.</summary>
    public static PeerTarget? TargetFor(IEnumerable<PeerTarget> targets, DateOnly day) =>
        targets.Where(t => t.Year >= day.Year).OrderBy(t => t.Year).FirstOrDefault();

    public static PeerTarget ToTarget(this PeerTargetRow row) =>
        new(row.Year, row.Positions, row.Fte is { } fte ? (double)fte : null);

    public static PositionSpan ToSpan(this PeerPosition p) => new(p.DepartmentId, p.Percent, p.StartOn, p.EndOn);

    /// <summary>The last day of each quarter from <paramref name="first"/>'s quarter through <paramref name="last"/>'s.</summary>
    public static IReadOnlyList<DateOnly> QuarterEnds(DateOnly first, DateOnly last)
    {
        var ends = new List<DateOnly>();
        var quarterStart = new DateOnly(first.Year, ((first.Month - 1) / 3 * 3) + 1, 1);
        while (quarterStart <= last)
        {
            ends.Add(quarterStart.AddMonths(3).AddDays(-1));
            quarterStart = quarterStart.AddMonths(3);
        }
        return ends;
    }
}
