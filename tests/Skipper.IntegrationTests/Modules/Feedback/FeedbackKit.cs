using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Feedback;

/// <summary>Starting sessions and answering forms over the API, the way a client would.</summary>
internal static class FeedbackKit
{
    /// <summary>Removes the demo history (episodes with their sessions and answers, status rows), for tests that start from none.</summary>
    public static async Task ForgetDemoHistoryAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<FeedbackStatus>().IgnoreQueryFilters().ExecuteDeleteAsync();
        await db.Set<FeedbackEpisode>().IgnoreQueryFilters().ExecuteDeleteAsync();
    }

    /// <summary>The linkIds of an instrument's items that take a number, read from the FHIR Questionnaire.</summary>
    public static async Task<List<string>> LinkIdsAsync(HttpClient client, string code)
    {
        var bundle = await (await client.GetAsync($"/api/v1/fhir/Questionnaire?code={code}")).JsonAsync();
        var questionnaire = bundle.GetProperty("entry")[0].GetProperty("resource");
        return [.. Items(questionnaire).Where(i => i.GetProperty("type").GetString() is "decimal" or "integer" or "choice").Select(i => i.GetProperty("linkId").GetString()!)];
    }

    private static IEnumerable<JsonElement> Items(JsonElement parent) =>
        parent.TryGetProperty("item", out var items)
            ? items.EnumerateArray().SelectMany(i => new[] { i }.Concat(Items(i)))
            : [];

    public static async Task<Guid> StartSessionAsync(HttpClient client, Guid personId, string? date = null)
    {
        var started = await client.PostAsJsonAsync($"/api/v1/persons/{personId}/sessions", new { date });
        started.EnsureSuccessStatusCode();
        return (await started.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static object Form(string code, IReadOnlyList<string> linkIds, params double[] values) =>
        new { questionnaire = code, answers = linkIds.Zip(values, (linkId, value) => new { linkId, value }).ToArray() };

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, Guid sessionId, object form) =>
        client.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/responses", form);
}
