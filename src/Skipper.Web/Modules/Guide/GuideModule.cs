using Skipper.Web.Modules.Guide.Pages;

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
        // Part I as pages the administrator can edit: every municipality gets the shipped ones it lacks.
        services.AddGuidePages();
        return services;
    }

    /// <summary>/guide/... for employees; /departments/{id}/reflection-summary for recovery contacts and leaders.</summary>
    public static void MapGuide(this IEndpointRouteBuilder api)
    {
        api.MapGuidePages();
    }
}
