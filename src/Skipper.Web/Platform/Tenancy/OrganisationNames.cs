using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Tenancy;

/// <summary>
/// Names of municipalities and departments, which signed-in pages show on every request. Cached: both are
/// created and never renamed, so a page needs no query for them.
/// </summary>
public sealed class OrganisationNames(AppDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    public async Task<string?> TenantAsync(Guid tenantId) =>
        await cache.GetOrCreateAsync(("tenant-name", tenantId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync();
        });

    /// <summary>A department of the request's municipality (the tenant filter applies on the first read).</summary>
    public async Task<string?> DepartmentAsync(Guid departmentId) =>
        await cache.GetOrCreateAsync(("department-name", departmentId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Name).FirstOrDefaultAsync();
        });
}
