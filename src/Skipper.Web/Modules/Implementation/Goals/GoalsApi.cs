using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Implementation.Goals.StatusTable;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>/api/v1/departments/{id}/goals and /api/v1/section/goals: recovery goals with their history, and the section's status table.</summary>
internal static class GoalsApi
{
    public static IServiceCollection AddGoals(this IServiceCollection services)
    {
        services.AddScoped<GoalPlaces>();
        services.AddScoped<GoalQuery>();
        services.AddScoped<GoalCommands>();
        services.AddScoped<StatusTableQuery>();
        return services;
    }

    public static void MapGoals(this IEndpointRouteBuilder api)
    {
        var department = api.MapGroup("/departments/{id:guid}/goals").RequireAuthorization(Policies.RecoveryWork);
        department.MapGet("/", async (Guid id, ClaimsPrincipal user, GoalQuery query, IStringLocalizer<Texts> texts) =>
                (await query.ListAsync(user, id)).ToOk(texts))
            .WithSummary("The department's recovery goals, each with its history (newest first). For its recovery contacts and leaders, and section leaders.");
        department.MapPost("/", async (Guid id, GoalRequest? request, ClaimsPrincipal user, GoalCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.AddAsync(user, id, request)).ToCreated(texts))
            .WithSummary("Adds a goal: { title, description, owner, dueOn (yyyy-mm-dd), status (notStarted, planned, ongoing, partly, done, dropped; default planned), comment }.");
        department.MapPut("/{goalId:guid}", async (Guid id, Guid goalId, GoalRequest? request, ClaimsPrincipal user, GoalCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.UpdateAsync(user, id, goalId, request)).ToOk(texts))
            .WithSummary("Changes a goal (all fields, with the version it started from). A new status or comment adds a line to its history. An old version gets 409.");

        var section = api.MapGroup("/section/goals").RequireAuthorization(Policies.RecoveryWork);
        section.MapGet("/", async (ClaimsPrincipal user, GoalQuery query, IStringLocalizer<Texts> texts) =>
                (await query.ListAsync(user, null)).ToOk(texts))
            .WithSummary("The section's own goals with their history. Everyone in recovery work reads them; section leaders change them.");
        section.MapPost("/", async (GoalRequest? request, ClaimsPrincipal user, GoalCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.AddAsync(user, null, request)).ToCreated(texts))
            .WithSummary("Adds a goal for the section as a whole (section leaders only).");
        section.MapPut("/{goalId:guid}", async (Guid goalId, GoalRequest? request, ClaimsPrincipal user, GoalCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.UpdateAsync(user, null, goalId, request)).ToOk(texts))
            .WithSummary("Changes one of the section's goals (section leaders only), with the version it started from.");
        section.MapGet("/status-table", async (StatusTableQuery table) => TypedResults.Ok(await table.ReadAsync()))
            .WithSummary("Every goal of the municipality grouped by place: the section's own first, then each department by name.");
    }
}
