using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Resources;

/// <summary>/api/v1/me/plan/resources: the person's own resources. Staff and relatives read them with the plan.</summary>
internal static class ResourcesApi
{
    public static void MapMyResources(this IEndpointRouteBuilder api)
    {
        var resources = api.MapGroup("/me/plan/resources").RequireAuthorization(Policies.Person);

        resources.MapPost("/", async (ResourceRequest? request, ClaimsPrincipal user, ResourceCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddAsync(user, request)).ToCreated(texts))
            .WithSummary("Adds a resource { kind (inner, interpersonal, external), text }: text required, at most 500 characters.");

        resources.MapPut("/{resourceId:guid}", async (Guid resourceId, ResourceRequest? request, ClaimsPrincipal user, ResourceCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateAsync(user, resourceId, request)).ToOk(texts))
            .WithSummary("Changes my resource { kind, text, version }. An old version gets 409 with the newer resource.");

        resources.MapDelete("/{resourceId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid resourceId, ClaimsPrincipal user, ResourceCommands command, IStringLocalizer<Texts> texts) =>
                await command.RemoveAsync(user, resourceId) is { } refusal ? refusal.ToProblem(texts) : TypedResults.NoContent())
            .WithSummary("Removes my resource.");
    }
}
