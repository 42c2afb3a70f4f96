using Skipper.Web.Modules.Guide.Ethics;
using Skipper.Web.Modules.Guide.Network;
using Skipper.Web.Modules.Guide.Strategies;

namespace Skipper.Web.Modules.Guide;

/// <summary>
/// The staff guide (Veileder): Part I as pages, the strategy grid, the three exercises (values, CHIME, reflection
/// cards in staff meetings), systematic ethical reflection, and the recovery contacts' network. An employee's own
/// exercise answers are private to them; departments see counts only.
/// </summary>
internal static class GuideModule
{
    public static IServiceCollection AddGuide(this IServiceCollection services)
    {
        services.AddScoped<StrategyMarks>();
        services.AddScoped<EthicsCommands>();
        services.AddScoped<NetworkQuery>();
        services.AddScoped<GatheringCommands>();
        services.AddNetworkPolicy();
        return services;
    }

    /// <summary>/guide/... for employees; /departments/{id}/reflection-summary for recovery contacts and leaders.</summary>
    public static void MapGuide(this IEndpointRouteBuilder api)
    {
        api.MapStrategies();
        api.MapEthics();
        api.MapNetwork();
    }
}
