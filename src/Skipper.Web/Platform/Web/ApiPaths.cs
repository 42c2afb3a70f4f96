namespace Skipper.Web.Platform.Web;

public static class ApiPaths
{
    public const string Root = "/api/v1";

    public static bool IsApi(HttpContext http) => IsApi(http.Request);

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
