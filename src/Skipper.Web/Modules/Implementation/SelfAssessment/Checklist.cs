using System.Globalization;
using System.Text.Json;

namespace Skipper.Web.Modules.Implementation.SelfAssessment;

/// <summary>One statement of the recovery checklist; the key stays when the wording changes, and answers refer to it.</summary>
public sealed record ChecklistStatement(string Key, string Nb, string En)
{
    public string Text(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : Nb;
}

/// <summary>The ten statements we ship (Content/implementation/checklist.json), read once.</summary>
internal static class Checklist
{
    private const string Resource = "Skipper.Web.Content.implementation.checklist.json";

    public static readonly IReadOnlyList<ChecklistStatement> Statements = Read();

    private static List<ChecklistStatement> Read()
    {
        using var stream = typeof(Checklist).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        return JsonSerializer.Deserialize<List<ChecklistStatement>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{Resource} is empty.");
    }
}

/// <summary>The four answers, from 1 (not true) to 4 (fully true), and the text key naming each.</summary>
public static class AnswerScale
{
    public const int Lowest = 1;
    public const int Highest = 4;

    public static IEnumerable<int> Values => Enumerable.Range(Lowest, Highest - Lowest + 1);

    public static string TextKey(int value) => "Implementation.SelfAssessment.Answer." + value;

    /// <summary>The mean of the answers, two decimals, or null when there are none.</summary>
    public static double? Mean(IEnumerable<int> answers)
    {
        var list = answers.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>A department assesses itself at most once in each half-year (January–June, July–December).</summary>
public readonly record struct HalfYear(int Year, int Half)
{
    public static HalfYear Of(DateOnly date) => new(date.Year, date.Month <= 6 ? 1 : 2);

    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);

    public HalfYear Previous => Half == 2 ? new(Year, 1) : new(Year - 1, 2);
}
