namespace Skipper.Web.Modules.Implementation.Survey;

internal static class SurveyPaths
{
    public const string Mine = "/undersokelse";
    public const string Department = "/avdeling/undersokelser";
}
