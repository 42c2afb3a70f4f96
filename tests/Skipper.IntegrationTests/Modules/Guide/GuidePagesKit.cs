using System.Net.Http.Json;
using System.Text.Json;

namespace Skipper.IntegrationTests.Modules.Guide;

/// <summary>The guide page tests edit pages, so they get their own Skipper per provider.</summary>
[CollectionDefinition(Name)]
public sealed class GuidePagesCollection : ICollectionFixture<Apps>
{
    public const string Name = "guide pages";
}

internal static class GuidePagesKit
{
    public const string Pages = "/api/v1/guide/pages";

    public static async Task<JsonElement> PageAsync(this HttpClient client, string slug, string query = "") =>
        await (await client.GetAsync($"{Pages}/{slug}{query}")).JsonAsync();

    public static Task<HttpResponseMessage> PutPageAsync(this HttpClient client, string slug, object body, string query = "") =>
        client.PutAsJsonAsync($"{Pages}/{slug}{query}", body);

    public static string Text(this JsonElement json, string name) => json.GetProperty(name).GetString()!;

    public static IEnumerable<string> Errors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!);
}
