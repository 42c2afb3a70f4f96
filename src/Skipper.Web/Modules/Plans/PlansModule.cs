using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Crew;
using Skipper.Web.Modules.Plans.Export;
using Skipper.Web.Modules.Plans.Decisions;
using Skipper.Web.Modules.Plans.Chime;
using Skipper.Web.Modules.Plans.Goals;
using Skipper.Web.Modules.Plans.Meetings;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Modules.Plans.Proposals;
using Skipper.Web.Modules.Plans.Resources;
using Skipper.Web.Modules.Plans.StaffPlan;
using Skipper.Web.Modules.Plans.Values;
using Skipper.Web.Modules.Plans.Status;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Modules.Plans.CrisisPlan;
using Skipper.Web.Modules.Plans.WhatMatters;
using Skipper.Web.Platform.Export;
using Skipper.Web.Platform.Access.Caseload;

namespace Skipper.Web.Modules.Plans;

/// <summary>
/// My plan: the person's own recovery plan (what matters, dreams, goals and small steps). Staff read it and
/// write with the person through PersonGate; relatives see the parts the person shares (PlanParts).
/// </summary>
internal static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanDoor>();
        services.AddScoped<PlanQuery>();
        services.AddScoped<SaveWhatMatters>();
        services.AddScoped<GoalCommands>();
        services.AddScoped<StepCommands>();
        services.AddScoped<ProposalCommands>();
        services.AddScoped<CrewQuery>();
        services.AddScoped<CrewCommands>();
        services.AddExportSection<PlanExportSection>();
        services.AddExportSection<CrewExportSection>();
        services.AddScoped<SaveWarningSigns>();
        services.AddScoped<MeetingCommands>();
        // "Start again" in Community counts a meeting about the person as the first contact.
        services.AddScoped<IPlanMeetings, PlanMeetingsQuery>();
        // Leaders' dashboards: the share of meetings about a person where the person took part.
        services.AddScoped<IMeetingFigures, MeetingFiguresQuery>();
        services.AddScoped<DecisionCommands>();
        services.AddScoped<ResourceCommands>();
        services.AddScoped<IPlanResources, PlanResourcesFacade>();
        services.AddScoped<SaveValues>();
        services.AddScoped<ChimeCommands>();
        // The caseload's plan column (latest update, review due) through the module's facade.
        services.AddScoped<IPlanStatus, PlanStatusQuery>();
        services.AddScoped<ICaseloadColumn, PlanCaseloadColumn>();
        return services;
    }

    /// <summary>/me/plan for the person, /persons/{id}/plan for staff and relatives; the pages are Razor Pages beside them.</summary>
    public static void MapPlans(this IEndpointRouteBuilder api)
    {
        api.MapMyPlan();
        api.MapMyResources();
        api.MapMyValues();
        api.MapMyChime();
        api.MapPersonPlan();
        api.MapCrew();
        api.MapWarningSigns();
        api.MapMeetings();
        api.MapDecisions();
    }
}
