using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Export;
using Auditing = Skipper.Web.Platform.Auditing;

namespace Skipper.Web.Platform.Access;

internal static class AccessSetup
{
    public static IServiceCollection AddPlatformAccess(this IServiceCollection services)
    {
        services.AddScoped<PersonAccessRules>();
        services.AddScoped<IAuthorizationHandler, PersonAccessHandler>();
        services.AddScoped<PersonGate>();
        services.AddScoped<IAuthorizationHandler, CareRelations.ManageCareRelationsHandler>();
        services.AddScoped<IAuthorizationHandler, Departments.DepartmentWorkHandler>();
        services.AddScoped<Departments.DepartmentAccess>();
        services.AddScoped<CareRelations.CareRelationCommands>();
        services.AddScoped<CareRelations.CareRelationsQuery>();
        services.AddScoped<Caseload.CaseloadQuery>();
        services.AddScoped<PersonSummary.PersonSummaryQuery>();
        services.AddScoped<Emergency.EmergencyAccessCommand>();
        services.AddScoped<Auditing.AccessLog.AccessLogQuery>();
        // The export starts with who the person is and who has seen their data; modules add their sections after these.
        services.AddExportSection<Export.PersonExportSection>();
        services.AddExportSection<Export.AccessLogExportSection>();
        services.AddScoped<Auditing.Verify.AuditVerifier>();
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.AddSingleton<IAuditLog, AuditLog>();
        return services;
    }

    public static void MapPlatformAccess(this IEndpointRouteBuilder api)
    {
        Caseload.CaseloadApi.MapCaseload(api);
        PersonSummary.PersonsApi.MapPersons(api);
        CareRelations.CareRelationsApi.MapCareRelations(api);
        SharedWithMe.SharedWithMeApi.MapSharedWithMe(api);
        Auditing.AccessLog.AccessLogApi.MapAccessLog(api);
        Export.ExportApi.MapExport(api);
    }
}
