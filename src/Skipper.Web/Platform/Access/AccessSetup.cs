using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Platform.Auditing;

namespace Skipper.Web.Platform.Access;

internal static class AccessSetup
{
    public static IServiceCollection AddPlatformAccess(this IServiceCollection services)
    {
        services.AddScoped<PersonAccessRules>();
        services.AddScoped<IAuthorizationHandler, PersonAccessHandler>();
        services.AddScoped<PersonGate>();
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.AddSingleton<IAuditLog, AuditLog>();
        return services;
    }
}
