using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Sessions;

/// <summary>/api/v1/guide/reflection-sessions: any employee logs a slot; recovery contacts and leaders read them.</summary>
internal static class SessionsApi
{
    public static IServiceCollection AddGuideSessions(this IServiceCollection services)
    {
        services.AddScoped<LogSession>();
        services.AddScoped<SessionsQuery>();
        return services;
    }

    public static void MapGuideSessions(this IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup("/guide/reflection-sessions");

        sessions.MapPost("", async (LogSessionRequest? request, ClaimsPrincipal user, LogSession command, IStringLocalizer<Texts> texts) =>
                (await command.LogAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(Policies.Employee)
            .WithSummary("Logs a reflection slot: { departmentId?, heldOn, cardId, participants (1–500), note }. No future dates; no personal data in the note.");

        sessions.MapGet("", async (Guid? departmentId, DateOnly? from, DateOnly? to, ClaimsPrincipal user, SessionsQuery query, IStringLocalizer<Texts> texts) =>
                (await query.ListAsync(user, departmentId, from, to)).ToOk(texts))
            .RequireAuthorization(Policies.RecoveryWork)
            .WithSummary("Logged slots, newest first (at most 500): one department (your own unless a section leader names one), between from and to.");
    }
}
