using Skipper.Web.Modules.Dashboards.Cells.Data;

namespace Skipper.Web.Modules.Dashboards.Cells;

/// <summary>Calendar months and quarters: where one starts and ends, and which lie in a range.</summary>
public static class Periods
{
    public static int Months(Grain grain) => grain == Grain.Quarter ? 3 : 1;

    public static DateOnly StartOf(DateOnly day, Grain grain) =>
        grain == Grain.Quarter ? new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1) : new DateOnly(day.Year, day.Month, 1);

    public static DateOnly EndOf(DateOnly start, Grain grain) => start.AddMonths(Months(grain)).AddDays(-1);

    /// <summary>The first day of every period that overlaps [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IEnumerable<DateOnly> Starts(DateOnly from, DateOnly to, Grain grain)
    {
        for (var start = StartOf(from, grain); start <= to; start = start.AddMonths(Months(grain)))
        {
            yield return start;
        }
    }
}
