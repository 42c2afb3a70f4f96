using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Guide;

/// <summary>What the strategy, ethics and network tests share: demo departments and accounts of a test's own.</summary>
internal static class GuideKit
{
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
