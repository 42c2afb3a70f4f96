using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Tenancy.Departments;

internal sealed record DepartmentView(Guid Id, string Name);

internal static class DepartmentsApi
{
    public static void MapDepartments(this IEndpointRouteBuilder api)
    {
        var departments = api.MapGroup("/departments").RequireAuthorization(Policies.SignedIn);

        departments.MapGet("/", async (AppDbContext db) =>
                TypedResults.Ok(await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new DepartmentView(d.Id, d.Name)).ToListAsync()))
            .WithSummary("The departments of the signed-in user's municipality.");

        // The tenant filter makes another municipality's department simply not exist: 404, never 403.
        departments.MapGet("/{id:guid}", async Task<Results<Ok<DepartmentView>, NotFound>> (Guid id, AppDbContext db) =>
                await db.Departments.AsNoTracking().Where(d => d.Id == id).Select(d => new DepartmentView(d.Id, d.Name)).FirstOrDefaultAsync() is { } found
                    ? TypedResults.Ok(found)
                    : TypedResults.NotFound())
            .WithSummary("One department of the signed-in user's municipality.");
    }
}
