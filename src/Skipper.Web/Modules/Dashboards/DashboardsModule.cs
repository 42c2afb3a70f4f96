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
        return services;
    }

    /// <summary>/dashboards/section and /dashboards/departments/{id} for department and section leaders.</summary>
    public static void MapDashboards(this IEndpointRouteBuilder api)
    {
    }
}
