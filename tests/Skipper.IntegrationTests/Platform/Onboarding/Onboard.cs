using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Platform.Onboarding;

/// <summary>Onboarding tests add departments and accounts, so they get their own Skipper per provider.</summary>
[CollectionDefinition(Name)]
public sealed class OnboardingCollection : ICollectionFixture<Apps>
{
    public const string Name = "onboarding";
}

public sealed record NewAccountMade(Guid Id, string Email, string SignUpUrl)
{
    public string Token => SignUpUrl[(SignUpUrl.LastIndexOf('/') + 1)..];

    public string Path => "/registrer/" + Token;
}

internal static class Onboard
{
    public const string NewPassword = "et-nytt-langt-passord";

    public static string NewEmail(string prefix = "ny") => $"{prefix}-{Guid.NewGuid():N}@demo.skipper.local";

    public static async Task<Guid> DepartmentIdAsync(this HttpClient admin, string name = "Psykisk helseteam") =>
        (await (await admin.GetAsync("/api/v1/admin/departments")).JsonAsync())
            .EnumerateArray().First(d => d.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    public static async Task<NewAccountMade> CreateAccountAsync(this HttpClient admin, string role, Guid? departmentId = null, string? name = null)
    {
        var email = NewEmail(role);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/accounts", new { displayName = name ?? $"Test {role}", email, role, departmentId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.JsonAsync();
        return new NewAccountMade(body.GetProperty("account").GetProperty("id").GetGuid(), email, body.GetProperty("signUpUrl").GetString()!);
    }

    public static Task<HttpResponseMessage> SignUpAsync(this HttpClient client, string token, string password = NewPassword) =>
        client.PostAsJsonAsync($"/api/v1/sign-up/{token}", new { password });

    public static async Task<HttpStatusCode> LoginStatusAsync(this AppFactory app, string email, string password = NewPassword) =>
        (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password })).StatusCode;

    /// <summary>Reads the database beside the app; the audit writer has committed before the request returned.</summary>
    public static async Task<T> InDbAsync<T>(this AppFactory app, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<List<AuditEvent>> AuditAsync(this AppFactory app, string resource) =>
        app.InDbAsync(db => db.AuditEvents.IgnoreQueryFilters().Where(e => e.Resource == resource).OrderBy(e => e.Sequence).ToListAsync());
}
