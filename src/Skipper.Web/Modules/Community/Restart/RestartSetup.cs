using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Modules.Community.Restart.Ask;
using Skipper.Web.Modules.Community.Restart.DepartmentList;
using Skipper.Web.Modules.Community.Restart.Export;
using Skipper.Web.Modules.Community.Restart.FirstContact;
using Skipper.Web.Modules.Community.Restart.Reminder;
using Skipper.Web.Modules.Community.Restart.Waits;
using Skipper.Web.Platform.Export;
using Skipper.Web.Platform.Home;

namespace Skipper.Web.Modules.Community.Restart;

/// <summary>"Start again": a person whose care ended asks to come back; the department picks it up; the wait is measured.</summary>
internal static class RestartSetup
{
    public static IServiceCollection AddRestart(this IServiceCollection services)
    {
        services.AddScoped<FirstContacts>();
        services.AddScoped<MyRestart>();
        services.AddScoped<RestartCommands>();
        services.AddScoped<DepartmentRestartQuery>();
        services.AddScoped<TakeRestart>();
        services.AddScoped<IAuthorizationHandler, ReadRestartRequestsHandler>();
        services.AddScoped<IHomeReminder, RestartReminder>();
        services.AddScoped<IRestartWaits, RestartWaitsQuery>();
        services.AddExportSection<RestartExportSection>();
        return services;
    }

    public static void MapRestart(this IEndpointRouteBuilder api) => api.MapRestartApi();
}
