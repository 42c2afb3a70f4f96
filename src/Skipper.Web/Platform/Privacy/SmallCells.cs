namespace Skipper.Web.Platform.Privacy;

/// <summary>Why a figure is not shown.</summary>
public enum CellHidden
{
    None,

    /// <summary>Built from 1 to 4 people.</summary>
    FewerThanFive,

    /// <summary>Shown, it and a total would give away a hidden cell.</summary>
    Complement,
}

/// <summary>
/// Aggregates never show fewer than 5 people (DESIGN.md). A figure built from 1–4 people is hidden; where a total
/// over the cells is shown, more cells are hidden until the hidden ones together hold at least 5 people and are at
/// least two, so that subtracting the shown cells from the total cannot give one hidden cell back. A cell of 0
/// people reveals no one and stays shown.
/// </summary>
public static class SmallCells
{
    public const int Smallest = 5;

    /// <summary>True for a figure from 1–4 people.</summary>
    public static bool TooFew(int people) => people is > 0 and < Smallest;

    /// <summary>Which cells to hide; <paramref name="totalShown"/> says whether a total over these cells is shown beside them.</summary>
    public static IReadOnlyList<CellHidden> Suppress(IReadOnlyList<int> people, bool totalShown = true)
    {
        var hidden = people.Select(n => TooFew(n) ? CellHidden.FewerThanFive : CellHidden.None).ToArray();
        if (!totalShown)
        {
            return hidden;
        }
        while (NeedsComplement(people, hidden))
        {
            var next = SmallestShown(people, hidden);
            if (next < 0)
            {
                break;
            }
            hidden[next] = CellHidden.Complement;
        }
        return hidden;
    }

    private static bool NeedsComplement(IReadOnlyList<int> people, CellHidden[] hidden)
    {
        var hiddenCells = Enumerable.Range(0, people.Count).Where(i => hidden[i] != CellHidden.None).ToList();
        return hiddenCells.Count > 0 && (hiddenCells.Count == 1 || hiddenCells.Sum(i => people[i]) < Smallest);
    }

    private static int SmallestShown(IReadOnlyList<int> people, CellHidden[] hidden)
    {
        var best = -1;
        for (var i = 0; i < people.Count; i++)
        {
            if (hidden[i] == CellHidden.None && people[i] > 0 && (best < 0 || people[i] < people[best]))
            {
                best = i;
            }
        }
        return best;
    }
}
