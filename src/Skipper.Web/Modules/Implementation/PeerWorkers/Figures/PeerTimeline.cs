namespace Skipper.Web.Modules.Implementation.PeerWorkers.Figures;

/// <summary>One quarter: the positions in force at its end (today for the current one; null for a quarter still to come) and its target.</summary>
public sealed record TimelinePoint(DateOnly Day, int? Positions, double? Fte, PeerTarget? Target)
{
    public string Quarter => $"{Day.Year} K{((Day.Month - 1) / 3) + 1}";
}

/// <summary>Count and FTE quarter by quarter: the last three years, and on to the end of the furthest target year.</summary>
public static class PeerTimeline
{
    public const int QuartersBack = 11;
    public const int MostYearsAhead = 10;

    public static IReadOnlyList<TimelinePoint> Build(IReadOnlyList<PositionSpan> positions, IReadOnlyList<PeerTarget> targets, DateOnly today)
    {
        var furthest = targets.Select(t => t.Year).Where(y => y > today.Year && y <= today.Year + MostYearsAhead).DefaultIfEmpty(today.Year).Max();
        var last = furthest > today.Year ? new DateOnly(furthest, 12, 31) : today;
        return PeerRules.QuarterEnds(today.AddMonths(-3 * QuartersBack), last)
            .Select(end =>
            {
                var day = end > today && end.AddMonths(-3) < today ? today : end;
                if (day > today)
                {
                    return new TimelinePoint(day, null, null, PeerRules.TargetFor(targets, day));
                }
                var (count, fte) = PeerRules.On(positions, day);
                return new TimelinePoint(day, count, fte, PeerRules.TargetFor(targets, day));
            })
            .ToList();
    }
}
