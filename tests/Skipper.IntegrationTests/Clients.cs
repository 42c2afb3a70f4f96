using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Skipper.IntegrationTests;

/// <summary>Signed-in clients: a bearer-token API client, or a cookie browser client that posts real forms.</summary>
public static partial class Clients
{
    public static string Demo(string role) => $"{role}@demo.skipper.local";

    public static string Nabo(string role) => $"{role}@nabo.skipper.local";

    public static async Task<HttpClient> ApiAs(this AppFactory app, string email, string password = AppFactory.Password)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"sign-in as {email}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient Browser(this AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> BrowserAs(this AppFactory app, string email, string password = AppFactory.Password)
    {
        var client = app.Browser();
        var response = await client.PostFormAsync("/logg-inn", new() { ["email"] = email, ["password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in as {email}");
        return client;
    }

    /// <summary>Posts a form the way a browser does: first GET the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? path);
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token on {formPage ?? path}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
