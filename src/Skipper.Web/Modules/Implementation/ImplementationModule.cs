using Skipper.Web.Modules.Implementation.Goals;
using Skipper.Web.Modules.Implementation.PeerWorkers;
using Skipper.Web.Modules.Implementation.SelfAssessment;
using Skipper.Web.Modules.Implementation.Survey;

namespace Skipper.Web.Modules.Implementation;

/// <summary>
/// Recovery work in the departments (Recoveryarbeid i avdelingene): each department's and the section's recovery
/// goals with their history, self-assessments over time, user surveys made with users, and peer-worker positions
/// against targets. Recovery contacts and leaders keep it; the pages live under /avdeling.
/// </summary>
internal static class ImplementationModule
{
    public static IServiceCollection AddImplementation(this IServiceCollection services)
    {
        services.AddGoals();
        services.AddSelfAssessments();
        services.AddSurveys();
        services.AddPeerWorkers();
        return services;
    }

    /// <summary>/departments/{id}/... and /section/... for recovery contacts and leaders.</summary>
    public static void MapImplementation(this IEndpointRouteBuilder api)
    {
        api.MapGoals();
        api.MapSelfAssessments();
        api.MapSurveys();
        api.MapPeerWorkers();
    }
}
