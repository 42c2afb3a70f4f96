using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Platform.Identity.TwoFactor;

/// <summary>
/// An employee who must use two-factor but signed in with a password alone may only turn it on or sign out:
/// every other page sends them to /konto/tofaktor, and the API answers 403. The claim is renewed when
/// two-factor is turned on and at every security stamp check, so this needs no database query.
/// </summary>
internal sealed class TwoFactorSetupGate(RequestDelegate next, IOptions<SkipperOptions> options)
{
    private static readonly PathString[] Open = [TwoFactorModel.Path, "/logg-ut", "/feil", "/sprak"];

    public async Task InvokeAsync(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true
            || user.HasTwoFactor()
            || !StaffMustUseTwoFactor.AppliesTo(options.Value, user)
            || Open.Any(path => http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            await next(http);
            return;
        }
        if (ApiPaths.IsApi(http))
        {
            var texts = http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
            await TypedResults.Problem(title: texts["SignIn.Error.TwoFactorSetupRequired"], statusCode: StatusCodes.Status403Forbidden)
                .ExecuteAsync(http);
            return;
        }
        http.Response.Redirect(TwoFactorModel.Path);
    }
}
