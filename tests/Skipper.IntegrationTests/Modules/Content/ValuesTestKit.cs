using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Content.Values.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Content;

/// <summary>The values tests add, rename and retire values, so they get their own Skipper per provider.</summary>
[CollectionDefinition(Name)]
public sealed class ValuesCollection : ICollectionFixture<Apps>
{
    public const string Name = "values";
}

internal static class ValuesTestKit
{
    /// <summary>The non-empty lines of the values file in the source tree: what every new municipality starts with.</summary>
    public static IReadOnlyList<string> FileValues()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Skipper.slnx")))
        {
            folder = folder.Parent;
        }
        var file = Path.Combine(folder!.FullName, "src", "Skipper.Web", "Content", "values-nb.txt");
        return File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    public static async Task<List<(Guid Id, string Name)>> ValuesAsync(this HttpClient client, string path = "/api/v1/values") =>
        (await (await client.GetAsync(path)).JsonAsync()).EnumerateArray()
            .Select(v => (v.GetProperty("id").GetGuid(), v.GetProperty("name").GetString()!))
            .ToList();

    public static async Task<Guid> ValueIdAsync(this HttpClient client, string name) =>
        (await client.ValuesAsync("/api/v1/admin/values")).Single(v => v.Name == name).Id;

    public static async Task<JsonElement> AddValueAsync(this HttpClient admin, string name, int? sortOrder = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/values", new { name, sortOrder });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<string> TitleAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync()).GetProperty("title").GetString()!;

    public static async Task<string> FieldErrorAsync(this HttpResponseMessage response, string field) =>
        (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString()!;

    public static async Task<TenantValue?> ValueRowAsync(this AppFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<TenantValue>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
    }

    public static async Task<int> ValueCountAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<TenantValue>().IgnoreQueryFilters().CountAsync();
    }
}
