namespace Skipper.Web.Modules.Community.Restart;

internal static class RestartPaths
{
    /// <summary>The person's page: ask to start again, and see the request.</summary>
    public const string Mine = "/start-igjen";

    /// <summary>The department's list of requests.</summary>
    public const string Department = "/avdeling/start-igjen";
}
