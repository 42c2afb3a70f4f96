using Skipper.Web.Modules.Feedback.Trajectories;

namespace Skipper.Web.Modules.Feedback;

/// <summary>
/// Feedback each session (outcome before, alliance after) and the recovery-support questionnaire: instruments as
/// data (FHIR Questionnaires per municipality), episodes and sessions, scores, signals and graphs.
/// </summary>
internal static class FeedbackModule
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddScoped<TrajectoryRecalculation>();
        // Expected trajectories follow each municipality's growing history: recalculated at start and daily.
        services.AddSingleton<TrajectoryRecalculationService>();
        services.AddHostedService(sp => sp.GetRequiredService<TrajectoryRecalculationService>());
        return services;
    }

    public static void MapFeedback(this IEndpointRouteBuilder api)
    {
    }
}
