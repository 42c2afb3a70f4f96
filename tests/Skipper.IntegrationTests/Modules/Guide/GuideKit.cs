using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Guide;

/// <summary>What the guide's tests share: departments and accounts of a test's own, their exercises, cards and counts.</summary>
internal static class GuideKit
{
    public const string Secret = "HEMMELIG-svar-som-aldri-skal-vises";

    public static async Task<Guid> DemoTenantAsync(AppFactory app) =>
        (await app.FindAccountAsync(Clients.Demo("recoverykontakt"))).TenantId;

    /// <summary>A new department in the demo municipality, so counts in it are the test's alone.</summary>
    public static async Task<Municipality> NewDepartmentAsync(AppFactory app)
    {
        var tenantId = await DemoTenantAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var department = new Department { TenantId = tenantId, Id = Guid.NewGuid(), Name = "Team " + Guid.NewGuid().ToString("N")[..6], CreatedAt = DateTimeOffset.UtcNow };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return new Municipality(tenantId, department.Id);
    }

    /// <summary>An account in the department that has done Exercise 1 and, if asked, Exercise 2 (with private text in both).</summary>
    public static async Task<Guid> AddStaffAsync(AppFactory app, Municipality department, string role, bool values, bool chime = false, bool active = true)
    {
        var user = await app.FindAccountAsync(await app.CreateAccountAsync(role, department));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        if (!active)
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.IsActive = false;
        }
        if (values)
        {
            db.Add(new ValuesExerciseRound
            {
                TenantId = department.TenantId, Id = Guid.NewGuid(), UserId = user.Id, Number = 1,
                Chosen = ["Ærlighet", "Mot"], Kept = ["Mot"], Reflection = Secret, StartedAt = now, UpdatedAt = now, CompletedAt = now, Version = 1,
            });
        }
        if (chime)
        {
            db.Add(new ChimeExercise
            {
                TenantId = department.TenantId, Id = Guid.NewGuid(), UserId = user.Id,
                Connectedness = Secret, Hope = Secret, Identity = Secret, Meaning = Secret, Empowerment = Secret,
                UpdatedAt = now, CompletedAt = now, Version = 1,
            });
        }
        await db.SaveChangesAsync();
        return user.Id;
    }

    public static async Task<List<JsonElement>> CardsAsync(HttpClient client, bool includeRetired = false) =>
        (await (await client.GetAsync($"/api/v1/guide/cards?includeRetired={includeRetired.ToString().ToLowerInvariant()}")).JsonAsync()).EnumerateArray().ToList();

    public static async Task<JsonElement> SummaryAsync(HttpClient client, Guid departmentId)
    {
        var response = await client.GetAsync($"/api/v1/departments/{departmentId}/reflection-summary");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    public static Task<HttpResponseMessage> LogAsync(HttpClient client, object session) =>
        client.PostAsJsonAsync("/api/v1/guide/reflection-sessions", session);

    public static async Task<int> SessionRowsAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ReflectionSession>().IgnoreQueryFilters().CountAsync();
    }

    public static DateOnly Today => Feedback.StaffKit.Today;

    /// <summary>An employee in another department of the demo municipality than the demo staff (who are in the first).</summary>
    public static async Task<string> EmployeeInAnotherDepartmentAsync(this AppFactory app, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var staff = await db.Users.AsNoTracking().FirstAsync(u => u.Email == Clients.Demo("ansatt"));
        var other = await db.Departments.IgnoreQueryFilters().Where(d => d.TenantId == staff.TenantId && d.Id != staff.DepartmentId).Select(d => d.Id).FirstAsync();
        return await app.CreateAccountAsync(role, new Municipality(staff.TenantId, other));
    }

    public static async Task<Guid> AccountIdAsync(this AppFactory app, string email) => (await app.FindAccountAsync(email)).Id;

    public static async Task<int> CountAsync<T>(this AppFactory app)
        where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<T>().IgnoreQueryFilters().CountAsync();
    }

    public static string Location(this HttpResponseMessage response) => response.Headers.Location!.OriginalString;
}
