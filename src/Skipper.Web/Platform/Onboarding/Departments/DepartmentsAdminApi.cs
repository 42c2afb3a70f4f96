using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Platform.Onboarding.Departments;

internal static class DepartmentsAdminApi
{
    public static void MapAdminDepartments(this IEndpointRouteBuilder admin)
    {
        var departments = admin.MapGroup("/departments");

        departments.MapGet("/", async (DepartmentsAdmin handler) => TypedResults.Ok(await handler.ListAsync()))
            .WithSummary("The departments of the administrator's municipality, in Norwegian order.");

        departments.MapPost("/", async Task<Results<Created<DepartmentRow>, ProblemHttpResult>> (
                NewDepartment? request, ClaimsPrincipal user, DepartmentsAdmin handler, IStringLocalizer<Texts> texts) =>
            {
                var outcome = await handler.CreateAsync(user, request);
                return outcome.Succeeded
                    ? TypedResults.Created($"/api/v1/departments/{outcome.Value.Id}", outcome.Value)
                    : outcome.Refusal.ToProblem(texts);
            })
            .WithSummary("Adds a department { name }: required, at most 200 characters, unique in the municipality (409 if taken).");
    }
}
