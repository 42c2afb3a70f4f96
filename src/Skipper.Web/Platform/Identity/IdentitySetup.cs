using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Platform.Identity;

internal static class IdentitySetup
{
    /// <summary>Cookie for the browser, bearer token for the API; the policy scheme picks by the Authorization header.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<SkipperClaimsFactory>();
        services.AddScoped<IUserConfirmation<AppUser>, ActiveAccountConfirmation>();
        // The stamp check ends the cookie sessions of a deactivated account; it reads the injected clock like everything else.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = clock;
        });

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultAuthenticateScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
                options.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, null, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".Skipper.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/logg-inn";
            cookie.LogoutPath = "/logg-ut";
            cookie.AccessDeniedPath = "/feil/403";
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                // Replacing Events drops Identity's own handler, so the security stamp check is named here again.
                OnValidatePrincipal = ValidateStampWhenDueAsync,
                OnRedirectToLogin = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status403Forbidden),
                OnSigningIn = ctx =>
                {
                    // Idle sign-out: sliding expiry keeps this span, so staff are signed out after a short idle time.
                    var options = ctx.HttpContext.RequestServices.GetRequiredService<IOptions<SkipperOptions>>().Value;
                    var idle = TimeSpan.FromMinutes(ctx.Principal!.IsEmployee() ? options.StaffIdleMinutes : options.OtherIdleMinutes);
                    ctx.Properties.ExpiresUtc = ctx.Properties.IssuedUtc!.Value + idle;
                    return Task.CompletedTask;
                },
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
            cookie.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>
    /// Identity's stamp check, asked only when it is due. Identity builds the whole sign-in service graph (sign-in
    /// and user managers, stores, the claims factory) on every request just to find that the interval has not passed;
    /// this makes the same comparison first, with the same options and clock.
    /// </summary>
    private static Task ValidateStampWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        if (context.Properties.IssuedUtc is { } issued && (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued <= options.ValidationInterval)
        {
            return Task.CompletedTask;
        }
        return SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ApiPaths.IsApi(ctx.Request))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }
        return Task.CompletedTask;
    }
}

/// <summary>A deactivated account cannot sign in (Identity reports NotAllowed).</summary>
internal sealed class ActiveAccountConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(user.IsActive);
}
