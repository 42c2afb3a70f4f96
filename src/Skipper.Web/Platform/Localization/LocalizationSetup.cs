using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Platform.Localization;

internal static class LocalizationSetup
{
    public const string CultureCookie = ".Skipper.Culture";

    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = JsonStringLocalizer.Languages.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(JsonStringLocalizer.DefaultLanguage);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Bokmål unless the person chose otherwise: the browser's language does not switch it.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CultureCookie },
            ];
        });
        return services;
    }

    /// <summary>GET /sprak?kultur=en&amp;tilbake=/x stores the choice in a cookie and goes back.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/sprak", (HttpContext http, string? kultur, string? tilbake) =>
        {
            var culture = JsonStringLocalizer.Languages.Contains(kultur) ? kultur! : JsonStringLocalizer.DefaultLanguage;
            http.Response.Cookies.Append(
                CultureCookie,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.Redirect(LocalUrl.OrHome(tilbake));
        }).AllowAnonymous().ExcludeFromDescription();
}
