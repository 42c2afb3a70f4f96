using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Modules.Feedback.HandOver;

/// <summary>
/// While a hand-over is on, this browser shows the hand-over pages and nothing else: every other page redirects to
/// the lock page (and the API answers 423), until the staff member's password is given or they sign out.
/// </summary>
internal sealed class HandOverLock(RequestDelegate next)
{
    private static readonly PathString[] Open = [HandOverTickets.FormPath, "/logg-ut", "/css", "/js", "/favicon.ico"];

    public Task InvokeAsync(HttpContext http)
    {
        if (!HandOverTickets.IsLocked(http.Request) || Array.Exists(Open, open => http.Request.Path.StartsWithSegments(open)))
        {
            return next(http);
        }
        if (ApiPaths.IsApi(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status423Locked;
            return Task.CompletedTask;
        }
        http.Response.Redirect(HandOverTickets.LockPath);
        return Task.CompletedTask;
    }
}

/// <summary>Puts the lock first in the pipeline, before any page or endpoint can answer.</summary>
internal sealed class HandOverLockStartup : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<HandOverLock>();
        next(app);
    };
}

internal static class HandOverSetup
{
    public static IServiceCollection AddHandOver(this IServiceCollection services)
    {
        services.AddSingleton<HandOverTickets>();
        services.AddTransient<IStartupFilter, HandOverLockStartup>();
        // Signing out ends the hand-over too: the next person to pick up the tablet meets the sign-in page.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            var before = cookie.Events.OnSigningOut;
            cookie.Events.OnSigningOut = context =>
            {
                HandOverTickets.Clear(context.Response);
                return before(context);
            };
        });
        return services;
    }
}
