using System.Globalization;
using System.Text.Json;

namespace Skipper.Web.Modules.Dashboards.Cells;

/// <summary>Waiting days as counts per number of days: cells merge by adding counts, and percentiles are read from the merged counts.</summary>
public static class WaitHistogram
{
    /// <summary>Counts the waits that have ended (a request still waiting has no number of days yet).</summary>
    public static SortedDictionary<int, int> Of(IEnumerable<int?> days)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var day in days.OfType<int>())
        {
            counts[day] = counts.GetValueOrDefault(day) + 1;
        }
        return counts;
    }

    public static string ToJson(IReadOnlyDictionary<int, int> counts) =>
        JsonSerializer.Serialize(counts.ToDictionary(c => c.Key.ToString(CultureInfo.InvariantCulture), c => c.Value));

    public static SortedDictionary<int, int> FromJson(string? json)
    {
        var counts = new SortedDictionary<int, int>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return counts;
        }
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [])
        {
            if (int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var day))
            {
                counts[day] = counts.GetValueOrDefault(day) + value;
            }
        }
        return counts;
    }

    public static SortedDictionary<int, int> Merge(IEnumerable<IReadOnlyDictionary<int, int>> cells)
    {
        var merged = new SortedDictionary<int, int>();
        foreach (var (day, count) in cells.SelectMany(c => c))
        {
            merged[day] = merged.GetValueOrDefault(day) + count;
        }
        return merged;
    }

    /// <summary>
    /// The p-th percentile (0..1) of the counted days, interpolated between closest ranks (Excel's PERCENTILE.INC,
    /// R's type 7), the rule the feedback module uses too; null when nothing was counted.
    /// </summary>
    public static double? Percentile(IReadOnlyDictionary<int, int> counts, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var n = counts.Values.Sum();
        if (n == 0)
        {
            return null;
        }
        var h = (n - 1) * p;
        var below = (int)Math.Floor(h);
        var low = ValueAt(counts, below);
        var high = ValueAt(counts, Math.Min(below + 1, n - 1));
        return low + ((h - below) * (high - low));
    }

    /// <summary>The value at a 0-based rank in the sorted values the counts stand for.</summary>
    private static int ValueAt(IReadOnlyDictionary<int, int> counts, int rank)
    {
        var seen = 0;
        foreach (var (day, count) in counts.OrderBy(c => c.Key))
        {
            seen += count;
            if (rank < seen)
            {
                return day;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(rank));
    }
}
