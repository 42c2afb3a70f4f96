namespace Skipper.Web.Modules.Feedback;

/// <summary>
/// Feedback each session (outcome before, alliance after) and the recovery-support questionnaire: instruments as
/// data (FHIR Questionnaires per municipality), episodes and sessions, scores, signals and graphs.
/// </summary>
internal static class FeedbackModule
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        return services;
    }

    public static void MapFeedback(this IEndpointRouteBuilder api)
    {
    }
}
