using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>The request's municipality's instruments, read through the tenant filter and kept parsed in the cache.</summary>
internal sealed class InstrumentStore(AppDbContext db, ITenantContext tenant, InstrumentCache cache) : IInstruments
{
    public async Task<IReadOnlyList<InstrumentDefinition>> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (tenant.TenantId is not { } tenantId)
        {
            return [];
        }
        if (cache.Current(tenantId) is { } cached)
        {
            return cached;
        }
        var rows = await CurrentRowsAsync(db, cancellationToken);
        var current = rows.Select(cache.Version).OfType<InstrumentDefinition>()
            .OrderBy(d => d.Kind).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        cache.SetCurrent(tenantId, current);
        return current;
    }

    public async Task<InstrumentDefinition?> FindAsync(string codeOrUrl, CancellationToken cancellationToken = default)
    {
        var wanted = codeOrUrl.Trim();
        // A canonical with a version ("url|1.0.0") names that version, current or not.
        if (wanted.Split('|') is [var url, var version])
        {
            var row = await db.Set<InstrumentVersion>().AsNoTracking()
                .FirstOrDefaultAsync(i => i.Url == url && i.Version == version, cancellationToken);
            return row is null ? null : cache.Version(row);
        }
        var current = await CurrentAsync(cancellationToken);
        return current.FirstOrDefault(d => string.Equals(d.Code, wanted, StringComparison.OrdinalIgnoreCase))
            ?? current.FirstOrDefault(d => d.Url == wanted);
    }

    public async Task<InstrumentDefinition?> ByVersionIdAsync(Guid versionId, CancellationToken cancellationToken = default)
    {
        if (tenant.TenantId is not { } tenantId)
        {
            return null;
        }
        if (cache.CachedVersion(tenantId, versionId) is { } cached)
        {
            return cached;
        }
        var row = await db.Set<InstrumentVersion>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == versionId, cancellationToken);
        return row is null ? null : cache.Version(row);
    }

    /// <summary>
    /// The current version of each code. Should two uploads of one code ever both be marked current (they raced),
    /// the later one counts.
    /// </summary>
    internal static async Task<List<InstrumentVersion>> CurrentRowsAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<InstrumentVersion>().AsNoTracking().Where(i => i.IsCurrent).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Code).Select(g => g.OrderByDescending(r => r.UploadedAt).First()).ToList();
    }
}
