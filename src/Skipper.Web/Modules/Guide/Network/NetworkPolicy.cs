using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>
/// Who reads the recovery contacts' network: those of RecoveryWork (recovery contacts, department and section
/// leaders) and the tenant administrator. Only recovery contacts write gatherings (Policies.RecoveryContact).
/// </summary>
public static class NetworkPolicy
{
    public const string Read = "GuideNetworkRead";

    public static IServiceCollection AddNetworkPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, p => p.RequireRole([Roles.RecoveryContact, .. Roles.Leaders, Roles.TenantAdmin]));
        return services;
    }
}
