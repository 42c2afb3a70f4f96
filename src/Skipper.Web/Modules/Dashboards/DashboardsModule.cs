using Skipper.Web.Modules.Dashboards.Cells;
using Skipper.Web.Modules.Dashboards.Dashboard;

namespace Skipper.Web.Modules.Dashboards;

/// <summary>
/// Leader dashboards (/ledelse): per department and for the section, figures from feedback, INSPIRE, participation,
/// reflection, waiting times and peer workers, read from pre-computed monthly and quarterly cells. Every figure built
/// from fewer than 5 people is hidden, with a complementary cell where a total would reveal it.
/// </summary>
internal static class DashboardsModule
{
    public static IServiceCollection AddDashboards(this IServiceCollection services)
    {
        // The cells: recomputed in the background every minute (recent periods) and nightly (all), or by `-- dashboards refresh`.
        services.AddSingleton<DashboardCells>();
        services.AddHostedService<DashboardCellsService>();
        services.AddDashboard();
        return services;
    }

    /// <summary>`-- dashboards refresh`: recompute every municipality's cells from its first data, then exit.</summary>
    public static bool IsRefreshCommand(string[] args) => DashboardsCommand.IsRefresh(args);

    public static Task<int> RunRefreshCommandAsync(IServiceProvider services) => DashboardsCommand.RunAsync(services);

    /// <summary>/dashboards/section and /dashboards/departments/{id} for department and section leaders.</summary>
    public static void MapDashboards(this IEndpointRouteBuilder api)
    {
        api.MapDashboard();
    }
}
