using Skipper.Web.Modules.Guide.Data;

namespace Skipper.Web.Modules.Guide.MyChime;

/// <summary>My text per CHIME element (empty clears it), who I prepare it for (alone, colleagues, personInRecovery), and the version I started from.</summary>
public sealed record ChimeExerciseRequest(
    string? Connectedness, string? Hope, string? Identity, string? Meaning, string? Empowerment, string? Purpose, int? Version);

/// <summary>My Exercise 2. Before the first save every text is empty and the version is 0.</summary>
public sealed record ChimeExerciseView(
    string Connectedness, string Hope, string Identity, string Meaning, string Empowerment,
    ChimeExercisePurpose Purpose, int Version, DateTimeOffset? UpdatedAt, DateTimeOffset? CompletedAt)
{
    public static readonly ChimeExerciseView Empty = new("", "", "", "", "", ChimeExercisePurpose.Alone, 0, null, null);

    public static ChimeExerciseView From(ChimeExercise? exercise) => exercise is null
        ? Empty
        : new(exercise.Connectedness, exercise.Hope, exercise.Identity, exercise.Meaning, exercise.Empowerment,
            exercise.Purpose, exercise.Version, exercise.UpdatedAt, exercise.CompletedAt);

    /// <summary>The five texts in CHIME order, by the element's API name.</summary>
    public IReadOnlyList<(string Element, string Text)> Texts() =>
    [
        ("connectedness", Connectedness), ("hope", Hope), ("identity", Identity), ("meaning", Meaning), ("empowerment", Empowerment),
    ];
}
