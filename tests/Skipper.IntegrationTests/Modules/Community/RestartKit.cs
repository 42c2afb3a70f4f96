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

    /// <summary>The requests made during the test: the demo population's (asked two days ago or earlier) are left out.</summary>
    public static async Task<JsonElement> DepartmentListAsync(HttpClient client, Guid departmentId)
    {
        var response = await client.GetAsync($"/api/v1/departments/{departmentId}/restart-requests");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var recent = (await response.JsonAsync()).GetProperty("requests").EnumerateArray()
            .Where(r => r.GetProperty("requestedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(-1));
        return JsonSerializer.SerializeToElement(recent);
    }

    public static Task<Guid> DepartmentAsync(AppFactory app) => Demo.LeaderDepartmentAsync(app);

    /// <summary>The stored requests of persons with an account (the demo population has none and asked earlier).</summary>
    public static async Task<List<RestartRequest>> StoredAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var withAccounts = db.Persons.IgnoreQueryFilters().Where(p => p.UserId != null).Select(p => p.Id);
        return await db.Set<RestartRequest>().IgnoreQueryFilters().AsNoTracking().Where(r => withAccounts.Contains(r.PersonId)).ToListAsync();
    }

    public static async Task<Guid> TenantOfAsync(AppFactory app, Guid personId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Persons.IgnoreQueryFilters().Where(p => p.Id == personId).Select(p => p.TenantId).SingleAsync();
    }
}
