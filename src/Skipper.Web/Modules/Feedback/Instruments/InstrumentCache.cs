using Microsoft.Extensions.Caching.Memory;
using Skipper.Web.Modules.Feedback.Data;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>
/// Definitions read once and shared by every request. A stored version never changes, so its parsed definition
/// is kept by tenant and version id; each tenant's list of current versions is forgotten when one is uploaded.
/// </summary>
public sealed partial class InstrumentCache(IMemoryCache cache, ILogger<InstrumentCache> logger)
{
    private static readonly TimeSpan KeepVersion = TimeSpan.FromHours(1);

    // Another server's upload reaches this one within this time at most.
    private static readonly TimeSpan KeepCurrent = TimeSpan.FromMinutes(5);

    /// <summary>The stored row's definition; null (and a warning in the log) when the stored file no longer reads.</summary>
    public InstrumentDefinition? Version(InstrumentVersion row) =>
        cache.GetOrCreate(("instrument-version", row.TenantId, row.Id), entry =>
        {
            entry.SlidingExpiration = KeepVersion;
            var read = InstrumentFile.Read(row.Json);
            if (!read.Succeeded)
            {
                LogUnreadable(logger, row.Id, string.Join("; ", read.Problems));
                return null;
            }
            return read.Definition with { VersionId = row.Id };
        });

    public InstrumentDefinition? CachedVersion(Guid tenantId, Guid versionId) =>
        cache.TryGetValue(("instrument-version", tenantId, versionId), out InstrumentDefinition? definition) ? definition : null;

    public IReadOnlyList<InstrumentDefinition>? Current(Guid tenantId) =>
        cache.TryGetValue(("instruments-current", tenantId), out IReadOnlyList<InstrumentDefinition>? current) ? current : null;

    public void SetCurrent(Guid tenantId, IReadOnlyList<InstrumentDefinition> current) =>
        cache.Set(("instruments-current", tenantId), current, KeepCurrent);

    public void Forget(Guid tenantId) => cache.Remove(("instruments-current", tenantId));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored instrument version {VersionId} no longer reads: {Problems}")]
    private static partial void LogUnreadable(ILogger logger, Guid versionId, string problems);
}
