using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.SelfAssessment;

/// <summary>/api/v1/departments/{id}/self-assessments: the recovery checklist answered over time.</summary>
internal static class SelfAssessmentApi
{
    public static IServiceCollection AddSelfAssessments(this IServiceCollection services)
    {
        services.AddScoped<SelfAssessmentQuery>();
        services.AddScoped<SelfAssessmentCommands>();
        return services;
    }

    public static void MapSelfAssessments(this IEndpointRouteBuilder api)
    {
        var assessments = api.MapGroup("/departments/{id:guid}/self-assessments").RequireAuthorization(Policies.RecoveryWork);
        assessments.MapGet("/", async (Guid id, ClaimsPrincipal user, SelfAssessmentQuery query, IStringLocalizer<Texts> texts) =>
                (await query.ReadAsync(user, id)).ToOk(texts))
            .WithSummary("The checklist's statements and the department's assessments, oldest first, each with its answers (1–4), comments and mean.");
        assessments.MapPost("/", async (Guid id, SelfAssessmentRequest? request, ClaimsPrincipal user, SelfAssessmentCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.AddAsync(user, id, request)).ToCreated(texts))
            .WithSummary("A new assessment: { assessedOn, answers: { key: 1–4, ... every statement }, comments: { key: text } }. One per half-year: a second gets 409.");
    }
}
