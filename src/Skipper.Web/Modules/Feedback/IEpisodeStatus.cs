namespace Skipper.Web.Modules.Feedback;

/// <summary>The person's latest episode of care, when it has ended.</summary>
public sealed record EndedEpisode(Guid Id, int Number, DateOnly StartedOn, DateOnly EndedOn);

/// <summary>
/// The Feedback module's facade for other modules ("start again"): whether the person's care has ended, and when
/// they were next seen in a session. Reads the request's municipality only; the caller decides who may ask.
/// </summary>
public interface IEpisodeStatus
{
    /// <summary>The person's latest episode if it has ended; null while an episode is open or when there never was one.</summary>
    Task<EndedEpisode?> LatestEndedAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// When the person's first session on or after <paramref name="after"/> was held; null when none is recorded.
    /// A session typed in from paper counts from the start of its day (never before <paramref name="after"/>).
    /// </summary>
    Task<DateTimeOffset?> FirstSessionAfterAsync(Guid personId, DateTimeOffset after, CancellationToken cancellationToken = default);
}
