using System.Text.Json.Serialization;
using Skipper.Web.Modules.Guide.Data;

namespace Skipper.Web.Modules.Guide.MyValues;

/// <summary>Up to 10 chosen values (from the list or my own words), at most 5 of them kept, my answers, and the version I started from.</summary>
public sealed record ValuesRoundRequest(IReadOnlyList<string?>? Chosen, IReadOnlyList<string?>? Kept, string? Reflection, int? Version);

/// <summary>One round of my Exercise 1. Before the first save there is an empty round 1 with version 0.</summary>
public sealed record ValuesRoundView(
    int Number, IReadOnlyList<string> Chosen, IReadOnlyList<string> Kept, string Reflection, int Version,
    DateTimeOffset? StartedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? CompletedAt)
{
    public static readonly ValuesRoundView First = new(1, [], [], "", 0, null, null, null);

    [JsonIgnore]
    public bool IsCompleted => CompletedAt is not null;

    public static ValuesRoundView From(ValuesExerciseRound? round) => round is null
        ? First
        : new(round.Number, round.Chosen, round.Kept, round.Reflection, round.Version, round.StartedAt, round.UpdatedAt, round.CompletedAt);
}
