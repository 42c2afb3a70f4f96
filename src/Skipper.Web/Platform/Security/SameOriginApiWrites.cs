using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Platform.Security;

/// <summary>
/// Forms carry antiforgery tokens; the JSON API does not. A browser that writes to the API with the sign-in
/// cookie must do so from Skipper's own origin, so another site (even a sibling municipality's host) cannot
/// make a signed-in browser change anything. Bearer-token clients are not affected.
/// </summary>
internal static class SameOriginApiWrites
{
    public static void UseSameOriginApiWrites(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if (ApiPaths.IsApi(request)
                && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
                && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && request.Headers.Origin.ToString() is { Length: > 0 } origin
                && !SameOrigin(origin, request))
            {
                var texts = http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
                await TypedResults.Problem(title: texts["Problem.CrossOrigin"], statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
                return;
            }
            await next(http);
        });

    private static bool SameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
