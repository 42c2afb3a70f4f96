using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Identity;

/// <summary>
/// Cookies are re-checked against the account every minute by Identity; bearer tokens are not. This does the
/// same for tokens: a deactivated account, or one whose security stamp changed, loses its tokens within AccountCheckSeconds (30).
/// </summary>
internal sealed class BearerAccountCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IMemoryCache cache, IOptions<IdentityOptions> identity, IOptions<SkipperOptions> options)
    {
        if (http.User.Identity?.IsAuthenticated == true
            && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && http.User.UserId() is { } userId)
        {
            var cacheFor = TimeSpan.FromSeconds(options.Value.AccountCheckSeconds);
            var current = cacheFor > TimeSpan.Zero
                ? await cache.GetOrCreateAsync("account-stamp:" + userId, entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = cacheFor;
                    return StampAsync(http, userId);
                })
                : await StampAsync(http, userId);
            if (current is null || current != http.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType))
            {
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(http);
    }

    private static Task<string?> StampAsync(HttpContext http, Guid userId) =>
        http.RequestServices.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId && u.IsActive).Select(u => u.SecurityStamp).FirstOrDefaultAsync();
}
