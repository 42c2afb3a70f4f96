using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Skipper.BrowserTests.Modules.Feedback;

/// <summary>Seeds and reads feedback over the API, so each browser test starts from a state it knows.</summary>
internal sealed class FeedbackApi(HttpClient person, HttpClient staff, Guid personId)
{
    public Guid PersonId => personId;

    public static async Task<FeedbackApi> ForDemoAsync(BrowserApp app)
    {
        var person = await SignInAsync(app, "bruker@demo.skipper.local");
        var staff = await SignInAsync(app, "ansatt@demo.skipper.local");
        var plan = await person.GetFromJsonAsync<JsonElement>("/api/v1/me/plan");
        return new FeedbackApi(person, staff, plan.GetProperty("personId").GetGuid());
    }

    private static async Task<HttpClient> SignInAsync(BrowserApp app, string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BrowserApp.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<JsonElement> FeedbackAsync() =>
        await person.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{personId}/feedback");

    /// <summary>Staff finish a session still open today, so the person's next answer starts a new one.</summary>
    public async Task FinishOpenSessionAsync()
    {
        var feedback = await FeedbackAsync();
        if (feedback.GetProperty("openSessionId").ValueKind == JsonValueKind.String)
        {
            (await staff.PostAsync($"/api/v1/sessions/{feedback.GetProperty("openSessionId").GetGuid()}/finish", null)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>A fresh episode with sessions typed in from paper, one a week: outcome and alliance totals per session.</summary>
    public async Task SeedEpisodeAsync(params (double Outcome, double Alliance)[] sessions)
    {
        await FinishOpenSessionAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var end = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/episodes/current/end", new { date = today });
        _ = end;
        for (var i = 0; i < sessions.Length; i++)
        {
            var started = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/sessions", new { date = today.AddDays(7 * (i - sessions.Length)) });
            started.EnsureSuccessStatusCode();
            var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await staff.PostAsJsonAsync($"/api/v1/sessions/{id}/responses", Form("outcome", ["me", "close", "social", "overall"], sessions[i].Outcome))).EnsureSuccessStatusCode();
            (await staff.PostAsJsonAsync($"/api/v1/sessions/{id}/responses", Form("alliance", ["heard", "goals", "approach", "overall"], sessions[i].Alliance))).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Four items that add up to the total.</summary>
    private static object Form(string code, string[] linkIds, double total) =>
        new { questionnaire = code, answers = linkIds.Select(linkId => new { linkId, value = Math.Round(total / 4, 1) }).ToArray() };
}
