using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Demo;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Tenancy;

/// <summary>
/// A signed-in user works in their own municipality. Anyone else gets the municipality configured for the
/// host name, or the default one; with neither, the request has no tenant and sees no tenant data.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext http, TenantContext tenant, IMemoryCache cache, IOptions<SkipperOptions> options)
    {
        if (http.User.TenantId() is { } userTenant)
        {
            tenant.Set(userTenant);
        }
        else if (await FromHostAsync(http, cache, options.Value) is { } hostTenant)
        {
            tenant.Set(hostTenant);
        }
        await next(http);
    }

    private static async Task<Guid?> FromHostAsync(HttpContext http, IMemoryCache cache, SkipperOptions options)
    {
        // One cached map of all hosts, so an unknown Host header cannot grow the cache.
        var hosts = await cache.GetOrCreateAsync("tenant-hosts", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            var db = http.RequestServices.GetRequiredService<AppDbContext>();
            return await db.Tenants.AsNoTracking()
                .Where(t => t.HostName != null)
                .ToDictionaryAsync(t => t.HostName!, t => t.Id, StringComparer.OrdinalIgnoreCase);
        }) ?? [];
        var fallback = options.DefaultTenantHost ?? (options.DemoMode ? DemoMunicipalities.Demo.HostName : null);
        if (hosts.TryGetValue(http.Request.Host.Host, out var id) || (fallback is not null && hosts.TryGetValue(fallback, out id)))
        {
            return id;
        }
        return null;
    }
}
