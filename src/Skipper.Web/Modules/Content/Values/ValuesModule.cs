using Skipper.Web.Modules.Content.Values.Admin;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Content.Values;

/// <summary>
/// The municipality's values list: seeded from Content/values-nb.txt, kept by the administrator at /admin/verdier,
/// read by other modules only through <see cref="IValuesList"/>.
/// </summary>
internal static class ValuesModule
{
    public static IServiceCollection AddValues(this IServiceCollection services)
    {
        services.AddScoped<IValuesList, ValuesList>();
        services.AddScoped<ValuesAdmin>();
        return services;
    }

    /// <summary>/values for anyone signed in; /admin/values for the administrator.</summary>
    public static void MapValues(this IEndpointRouteBuilder api)
    {
        api.MapGet("/values", async (IValuesList values) => TypedResults.Ok(await values.ActiveAsync()))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("The values people can choose in the user's municipality, in the list's order.");
        api.MapGroup("/admin").RequireAuthorization(Policies.TenantAdmin).MapAdminValues();
    }
}
