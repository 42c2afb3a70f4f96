namespace Skipper.Web.Modules.Guide.Summary;

/// <summary>Sessions held in one calendar month.</summary>
public sealed record MonthCount(int Year, int Month, int Sessions);

/// <summary>A card and how many sessions used it.</summary>
public sealed record CardUse(Guid CardId, int Number, string Text, string? TextEn, int Sessions);

/// <summary>How many of the department's staff have done an exercise ("values" or "chime"), and their share.</summary>
public sealed record ExerciseShare(string Exercise, PeopleCount Done, int? SharePercent);

/// <summary>
/// A department's reflection work over the last 12 months: counts only. No one's exercise answers are ever in it.
/// </summary>
public sealed record ReflectionSummaryView(
    Guid DepartmentId,
    string DepartmentName,
    DateOnly From,
    IReadOnlyList<MonthCount> Months,
    int Sessions,
    int CardsUsed,
    IReadOnlyList<CardUse> MostUsed,
    PeopleCount Staff,
    IReadOnlyList<ExerciseShare> Exercises);
