namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>The request's municipality's instruments: the current version of each, and any stored version by id.</summary>
public interface IInstruments
{
    /// <summary>The current version of every instrument, outcome first, then alliance, then recovery.</summary>
    Task<IReadOnlyList<InstrumentDefinition>> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>The current version of one instrument, by its code ("outcome") or canonical URL; null when unknown.</summary>
    Task<InstrumentDefinition?> FindAsync(string codeOrUrl, CancellationToken cancellationToken = default);

    /// <summary>A stored version (old answers are read with the version they were answered with).</summary>
    Task<InstrumentDefinition?> ByVersionIdAsync(Guid versionId, CancellationToken cancellationToken = default);
}
