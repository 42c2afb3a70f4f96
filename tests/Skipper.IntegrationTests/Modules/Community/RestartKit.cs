using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Community;

/// <summary>What the "start again" tests share: ending the demo person's care the way staff do, and reading the department's list.</summary>
internal static class RestartKit
{
    public static async Task EndCareAsync(AppFactory app, Guid personId)
    {
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var ended = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/episodes/current/end", new { });
        ended.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> DepartmentListAsync(HttpClient client, Guid departmentId)
    {
        var response = await client.GetAsync($"/api/v1/departments/{departmentId}/restart-requests");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("requests");
    }

    public static Task<Guid> DepartmentAsync(AppFactory app) => Demo.LeaderDepartmentAsync(app);

    public static async Task<List<RestartRequest>> StoredAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<RestartRequest>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    public static async Task<Guid> TenantOfAsync(AppFactory app, Guid personId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Persons.IgnoreQueryFilters().Where(p => p.Id == personId).Select(p => p.TenantId).SingleAsync();
    }
}
