namespace Skipper.Web.Platform.Demo;

/// <summary>Plausible Norwegian names for the demo population: a first and a last name, never the same pair twice.</summary>
internal static class DemoNames
{
    private static readonly string[] First =
    [
        "Anders", "Astrid", "Bjørn", "Camilla", "Dag", "Eli", "Even", "Frida", "Geir", "Gunn", "Hans", "Hege", "Ingrid", "Ivar",
        "Janne", "Jørgen", "Karin", "Kjell", "Lars", "Linn", "Magnus", "Mona", "Nils", "Nora", "Odd", "Oda", "Petter", "Ragnhild",
        "Rune", "Sigrid", "Stian", "Solveig", "Terje", "Tone", "Trond", "Unni", "Vegard", "Vigdis", "Øystein", "Åse",
    ];

    private static readonly string[] Last =
    [
        "Andersen", "Bakken", "Berge", "Dahle", "Eide", "Fossum", "Haugen", "Hagen", "Halvorsen", "Jakobsen", "Johansen", "Karlsen",
        "Kristiansen", "Lund", "Martinsen", "Moe", "Myhre", "Nilsen", "Nygård", "Pedersen", "Rønning", "Sandvik", "Solheim",
        "Strand", "Sæther", "Tangen", "Vik", "Aasen",
    ];

    /// <summary><paramref name="count"/> different names, drawn with <paramref name="random"/>.</summary>
    public static IReadOnlyList<string> Draw(Random random, int count)
    {
        var names = new List<string>(count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var name = $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}";
            if (used.Add(name))
            {
                names.Add(name);
            }
        }
        return names;
    }
}
