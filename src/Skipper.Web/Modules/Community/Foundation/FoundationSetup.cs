using Skipper.Web.Modules.Community.Foundation.Endorsements;

namespace Skipper.Web.Modules.Community.Foundation;

internal static class FoundationSetup
{
    public static IServiceCollection AddCommunityFoundation(this IServiceCollection services)
    {
        services.AddOptions<EndorsementLimitOptions>().BindConfiguration("Skipper:EndorsementLimits");
        services.AddSingleton<EndorsementLimiter>();
        services.AddScoped<EndorsementCommands>();
        return services;
    }
}
