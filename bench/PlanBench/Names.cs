using System.Text;

namespace PlanBench;

/// <summary>Made-up names and plain Norwegian words for plan texts of a given length.</summary>
internal static class Names
{
    private static readonly string[] Given = ["Ola", "Kari", "Per", "Siri", "Anne", "Jon", "Lise", "Tor", "Nina", "Erik", "Marte", "Anders", "Hilde", "Geir", "Randi", "Ida", "Berit", "Knut"];
    private static readonly string[] Family = ["Nordmann", "Hansen", "Olsen", "Larsen", "Berg", "Dahl", "Strand", "Lie", "Vik", "Moen", "Aas", "Holm", "Bakke", "Haugen"];
    private static readonly string[] Words =
        ["å", "gå", "tur", "hver", "dag", "med", "hunden", "og", "snakke", "om", "det", "som", "er", "viktig", "for", "meg", "jobb", "venner",
         "familien", "sove", "bedre", "lage", "mat", "trene", "lese", "bok", "kafé", "møte", "praksisplass", "hjemme", "rolig", "håp"];

    public static readonly string[] Values = ["Trygghet", "Familie", "Frihet", "Vennskap", "Helse", "Ærlighet", "Mestring", "Natur", "Kreativitet", "Omsorg"];

    public static string Person(Random random) => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}";

    public static string Text(Random random, int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(' ');
        }
        return text.ToString(0, length).TrimEnd();
    }
}
