using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Caseload;
using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Modules.Feedback.Export;
using Skipper.Web.Modules.Feedback.Figures;
using Skipper.Web.Modules.Feedback.Fhir;
using Skipper.Web.Modules.Feedback.HandOver;
using Skipper.Web.Modules.Feedback.Instruments.Admin;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.MyFeedback;
using Skipper.Web.Modules.Feedback.MyTotals;
using Skipper.Web.Modules.Feedback.Overdue;
using Skipper.Web.Modules.Feedback.PaperForms;
using Skipper.Web.Modules.Feedback.Reminders;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Modules.Feedback.Sessions;
using Skipper.Web.Modules.Feedback.Trajectories;
using Skipper.Web.Platform.Access.Caseload;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Export;
using Skipper.Web.Platform.Home;

namespace Skipper.Web.Modules.Feedback;

/// <summary>
/// Feedback each session (outcome before, alliance after) and the recovery-support questionnaire: instruments as
/// data (FHIR Questionnaires per municipality), episodes and sessions, scores, signals and graphs.
/// </summary>
internal static class FeedbackModule
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddScoped<TrajectoryRecalculation>();
        // Expected trajectories follow each municipality's growing history: recalculated at start and daily.
        services.AddSingleton<TrajectoryRecalculationService>();
        services.AddHostedService(sp => sp.GetRequiredService<TrajectoryRecalculationService>());
        services.AddScoped<FeedbackDoor>();
        services.AddScoped<EpisodeBook>();
        services.AddScoped<EpisodeCommands>();
        // "Start again" in Community asks whether care has ended and when the person was next seen.
        services.AddScoped<IEpisodeStatus, EpisodeStatusQuery>();
        // Leaders' dashboards count outcome, alliance, not-on-track and INSPIRE per department.
        services.AddScoped<IFeedbackFigures, FeedbackFiguresQuery>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<SubmitResponse>();
        services.AddScoped<ResponseSignals>();
        services.AddScoped<CommentOnResponse>();
        services.AddScoped<FeedbackQuery>();
        services.AddScoped<OwnAnswers>();
        // "Your feedback is due" on the person's home page.
        services.AddScoped<IHomeReminder, FeedbackReminder>();
        services.AddExportSection<FeedbackExportSection>();
        services.AddScoped<PaperEntry>();
        services.AddScoped<OverdueQuery>();
        services.AddScoped<MyTotalsQuery>();
        services.AddScoped<ICaseloadColumn, FeedbackCaseloadColumn>();
        // Hand-over mode: the staff member's tablet shows only the form until their password unlocks it.
        services.AddHandOver();
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
        api.MapFeedbackApi();
        api.MapStaffFeedbackApi();
        api.MapGroup("/admin").RequireAuthorization(Policies.TenantAdmin).MapAdminInstruments();
        api.MapGroup(FhirJson.FhirBase[Platform.Web.ApiPaths.Root.Length..]).RequireAuthorization(Policies.SignedIn).MapFhirQuestionnaires();
        api.MapGroup(FhirJson.FhirBase[Platform.Web.ApiPaths.Root.Length..]).RequireAuthorization(Policies.PersonOrCareStaff).MapFhirQuestionnaireResponses();
    }
}
