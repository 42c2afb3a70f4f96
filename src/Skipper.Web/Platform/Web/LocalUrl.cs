namespace Skipper.Web.Platform.Web;

/// <summary>Keeps redirects after sign-in and language switch inside Skipper.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrHome(string? url, string home = "/") => IsLocal(url) ? url! : home;
}
