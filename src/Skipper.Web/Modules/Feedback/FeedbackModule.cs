using Skipper.Web.Modules.Feedback.Fhir;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Instruments.Admin;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback;

/// <summary>
/// Feedback each session (outcome before, alliance after) and the recovery-support questionnaire: instruments as
/// data (FHIR Questionnaires per municipality), episodes and sessions, scores, signals and graphs.
/// </summary>
internal static class FeedbackModule
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        // Instruments: parsed once per stored version, shared by all requests; the shipped three for every municipality.
        services.AddSingleton<InstrumentCache>();
        services.AddScoped<IInstruments, InstrumentStore>();
        services.AddScoped<ShippedInstruments>();
        services.AddScoped<IStartupSeed>(sp => sp.GetRequiredService<ShippedInstruments>());
        services.AddScoped<InstrumentsAdmin>();
        return services;
    }

    public static void MapFeedback(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/admin").RequireAuthorization(Policies.TenantAdmin).MapAdminInstruments();
        api.MapGroup(FhirJson.FhirBase[Platform.Web.ApiPaths.Root.Length..]).RequireAuthorization(Policies.SignedIn).MapFhirQuestionnaires();
    }
}
