namespace FeedbackBench;

/// <summary>Made-up names.</summary>
internal static class Names
{
    private static readonly string[] Given = ["Ola", "Kari", "Per", "Siri", "Anne", "Jon", "Lise", "Tor", "Nina", "Erik", "Marte", "Anders", "Hilde", "Geir", "Randi", "Ida", "Berit", "Knut"];
    private static readonly string[] Family = ["Nordmann", "Hansen", "Olsen", "Larsen", "Berg", "Dahl", "Strand", "Lie", "Vik", "Moen", "Aas", "Holm", "Bakke", "Haugen"];

    public static string Person(Random random) => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}";
}
