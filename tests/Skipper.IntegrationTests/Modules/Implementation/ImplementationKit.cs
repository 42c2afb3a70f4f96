using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Implementation;

internal static class ImplementationKit
{
    public const string Demo = "Demo kommune";
    public const string Nabo = "Nabokommune";

    /// <summary>The id of a demo department by its name, in the municipality named.</summary>
    public static async Task<Guid> DepartmentAsync(this AppFactory app, string name, string municipality = Demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.Where(t => t.Name == municipality).Select(t => t.Id).FirstAsync();
        return await db.Departments.IgnoreQueryFilters().Where(d => d.TenantId == tenant && d.Name == name).Select(d => d.Id).FirstAsync();
    }

    public static async Task<int> RowsAsync<T>(this AppFactory app)
        where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<T>().IgnoreQueryFilters().CountAsync();
    }

    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";
}
