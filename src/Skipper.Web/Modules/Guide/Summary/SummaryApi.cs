using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Summary;

/// <summary>/api/v1/departments/{id}/reflection-summary: a department's counts for recovery contacts and leaders.</summary>
internal static class SummaryApi
{
    public static IServiceCollection AddGuideSummary(this IServiceCollection services)
    {
        services.AddScoped<ReflectionSummary>();
        return services;
    }

    public static void MapGuideSummary(this IEndpointRouteBuilder api)
    {
        api.MapGet("/departments/{id:guid}/reflection-summary", async (Guid id, ClaimsPrincipal user, ReflectionSummary summary, IStringLocalizer<Texts> texts) =>
                (await summary.ForAsync(user, id)).ToOk(texts))
            .RequireAuthorization(Policies.RecoveryWork)
            .WithSummary("Sessions per month (last 12), cards used, and the share of staff who did each exercise; counts of people only from 5.");
    }
}
