using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Platform.Access;

/// <summary>Ids of the demo municipality, read the way a client would, and the audit rows a test expects.</summary>
internal static class Demo
{
    public static async Task<Guid> PersonIdAsync(AppFactory app, string mail = "demo") =>
        (await (await (await app.ApiAs($"bruker@{mail}.skipper.local")).GetAsync("/api/v1/me")).JsonAsync()).GetProperty("personId").GetGuid();

    public static async Task<Guid> UserIdAsync(AppFactory app, string email) =>
        (await (await (await app.ApiAs(email)).GetAsync("/api/v1/me")).JsonAsync()).GetProperty("id").GetGuid();

    public static async Task<Guid> LeaderDepartmentAsync(AppFactory app) =>
        (await (await (await app.ApiAs(Clients.Demo("avdelingsleder"))).GetAsync("/api/v1/me")).JsonAsync())
            .GetProperty("department").GetProperty("id").GetGuid();

    public static async Task<List<AuditEvent>> AuditAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEvents.IgnoreQueryFilters().OrderBy(e => e.TenantId).ThenBy(e => e.Sequence).ToListAsync();
    }

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object body) =>
        await (await client.PostAsJsonAsync(path, body)).JsonAsync();
}
