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
        // Leaders' dashboards: peer-worker positions and FTE against the targets.
        services.AddScoped<IPeerWorkforce, PeerWorkers.PeerWorkforceQuery>();
        return services;
    }

    /// <summary>/departments/{id}/... and /section/... for recovery contacts and leaders.</summary>
    public static void MapImplementation(this IEndpointRouteBuilder api)
    {
    }
}
