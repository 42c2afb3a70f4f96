using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Demo;
using Skipper.Web.Platform.Errors;
using Skipper.Web.Platform.Health;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Identity.Me;
using Skipper.Web.Platform.Identity.SignIn;
using Skipper.Web.Platform.Identity.TwoFactor;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Security;
using Skipper.Web.Platform.Tenancy;
using Skipper.Web.Platform.Tenancy.Departments;

namespace Skipper.Web.Platform;

internal static class PlatformSetup
{
    public const string PublicPageCache = "PublicPage";

    public static void AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = SkipperOptions.From(builder.Configuration, builder.Environment);
        // Read once at start: demo mode depends on the environment, which plain binding cannot see.
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = BodySizeLimit.MaxBytes;
            // A pasted search of 10,000 odd characters (30 KB encoded) gets an answer rather than 414; the catalogue trims it.
            k.Limits.MaxRequestLineSize = 64 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = BodySizeLimit.MaxBytes);

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddPlatformData(builder.Configuration);
        services.AddPlatformIdentity(builder.Environment);
        services.AddPlatformAuthorization();
        services.AddPlatformAccess();
        services.AddPlatformLocalization();
        services.AddPlatformErrors();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<SignInLimiter>();
        services.AddScoped<SignInCommand>();
        services.AddScoped<MeQuery>();
        services.AddScoped<OrganisationNames>();
        services.AddOnboarding();
        services.AddValues();

        services.AddRazorPages(pages => pages.RootDirectory = "/");
        // Norwegian letters as letters, not &#xE5; entities: smaller pages, readable source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi();
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddOutputCache(cache => cache.AddPolicy(PublicPageCache, policy => policy
            .Expire(TimeSpan.FromSeconds(30))
            .SetVaryByHost(true)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))));
    }

    public static void UsePlatform(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UsePlatformErrors();
        app.UseBodySizeLimit();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<BearerAccountCheck>();
        app.UseSameOriginApiWrites();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<TwoFactorSetupGate>();
        app.UseAuthorization();
        app.UseOutputCache();
    }

    public static void MapPlatform(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealth();
        app.MapLanguageSwitch();
        var api = app.MapGroup(Web.ApiPaths.Root);
        api.MapSignIn();
        api.MapMe();
        api.MapDepartments();
        api.MapPlatformAccess();
        api.MapOnboarding();
        api.MapValues();
    }
}
