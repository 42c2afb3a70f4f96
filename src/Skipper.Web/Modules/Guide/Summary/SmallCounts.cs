using System.Text.Json.Serialization;

namespace Skipper.Web.Modules.Guide.Summary;

/// <summary>A count of people as shown: the number from 5 up; below that no number, and the reason.</summary>
public sealed record PeopleCount(int? Count, string? Reason)
{
    [JsonIgnore]
    public bool Shown => Count is not null;
}

/// <summary>
/// A count of people (staff who did an exercise) is shown only from 5 up, so that no one's choice can be read off a
/// small number. Counts of sessions and cards are not about people and are always shown.
/// </summary>
public static class SmallCounts
{
    public const int Smallest = 5;

    /// <summary>The reason the API gives in place of a hidden count.</summary>
    public const string UnderFive = "under 5";

    public static PeopleCount Of(int count) => count >= Smallest ? new(count, null) : new(null, UnderFive);

    /// <summary>The share in whole percent, only when both counts are shown; hidden otherwise.</summary>
    public static int? SharePercent(PeopleCount part, PeopleCount whole) =>
        part.Count is { } done && whole.Count is { } all && all > 0
            ? (int)Math.Round(100.0 * done / all, MidpointRounding.AwayFromZero)
            : null;
}
