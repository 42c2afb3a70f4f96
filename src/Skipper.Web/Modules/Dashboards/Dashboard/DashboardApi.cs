using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Dashboards.Figures;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Dashboards.Dashboard;

/// <summary>/api/v1/dashboards/section and /api/v1/dashboards/departments/{id}: the figures with their n; hidden ones as null with the reason.</summary>
internal static class DashboardApi
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardQuery>();
        return services;
    }

    public static void MapDashboard(this IEndpointRouteBuilder api)
    {
        var dashboards = api.MapGroup("/dashboards").RequireAuthorization(Policies.Leader);

        dashboards.MapGet("/section", async (string? from, string? to, string? grain, ClaimsPrincipal user, DashboardQuery query, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            {
                var period = DashboardPeriod.Parse(from, to, grain, query.Today());
                return period.Succeeded ? (await query.SectionAsync(user, period.Value, ct)).ToOk(texts) : period.Refusal.ToProblem(texts);
            })
            .WithSummary("Every department together, with each department's value, for whole months or quarters: from=yyyy-MM[-dd]&to=yyyy-MM[-dd]&grain=month|quarter (default the last 12 whole months). Section leaders only.");

        dashboards.MapGet("/departments/{id:guid}", async (Guid id, string? from, string? to, string? grain, ClaimsPrincipal user, DashboardQuery query, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            {
                var period = DashboardPeriod.Parse(from, to, grain, query.Today());
                return period.Succeeded ? (await query.DepartmentAsync(user, id, period.Value, ct)).ToOk(texts) : period.Refusal.ToProblem(texts);
            })
            .WithSummary("One department's figures for whole months or quarters; a department leader reads their own, a section leader any.");
    }
}
