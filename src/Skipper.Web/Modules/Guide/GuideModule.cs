using Skipper.Web.Modules.Guide.MyChime;
using Skipper.Web.Modules.Guide.MyValues;
using Skipper.Web.Modules.Guide.Progress;
using Skipper.Web.Modules.Guide.Cards;
using Skipper.Web.Modules.Guide.Sessions;
using Skipper.Web.Modules.Guide.Summary;
using Skipper.Web.Modules.Guide.Pages;
using Skipper.Web.Modules.Guide.Ethics;
using Skipper.Web.Modules.Guide.Figures;
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
        services.AddScoped<MyValuesExercise>();
        services.AddScoped<MyChimeExercise>();
        services.AddScoped<MyProgress>();
        services.AddGuideCards();
        services.AddGuideSessions();
        services.AddGuideSummary();
        // Counts of sessions, staff and exercises done: the department summary and the leaders' dashboards.
        services.AddScoped<IReflectionFigures, ReflectionFiguresQuery>();
        // Part I as pages the administrator can edit: every municipality gets the shipped ones it lacks.
        services.AddGuidePages();
        services.AddScoped<StrategyMarks>();
        services.AddScoped<EthicsCommands>();
        services.AddScoped<NetworkQuery>();
        services.AddScoped<GatheringCommands>();
        return services;
    }

    /// <summary>/guide/... for employees; /departments/{id}/reflection-summary for recovery contacts and leaders.</summary>
    public static void MapGuide(this IEndpointRouteBuilder api)
    {
        api.MapMyValuesExercise();
        api.MapMyChimeExercise();
        api.MapMyProgress();
        api.MapGuideCards();
        api.MapGuideSessions();
        api.MapGuideSummary();
        api.MapGuidePages();
        api.MapStrategies();
        api.MapEthics();
        api.MapNetwork();
    }
}
