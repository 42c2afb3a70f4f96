namespace Skipper.Web.Modules.Guide.Progress;

/// <summary>Which guide exercises I have done, and when. Counts and dates only; the answers stay on their own pages.</summary>
public sealed record ProgressView(
    IReadOnlyList<RoundProgress> ValuesRounds,
    ChimeProgress? Chime,
    int StrategiesMarked,
    int ReflectionSessionsLogged,
    DateOnly? LatestReflectionSession,
    int EthicsReflectionsWritten,
    DateTimeOffset? LatestEthicsReflection);

/// <summary>One round of Exercise 1: when it started and when it was done (null while choosing).</summary>
public sealed record RoundProgress(int Number, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt);

/// <summary>Exercise 2: when I last changed it and when all five elements first had text.</summary>
public sealed record ChimeProgress(DateTimeOffset UpdatedAt, DateTimeOffset? CompletedAt);
