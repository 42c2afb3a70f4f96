using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bench;

/// <summary>Signs in over HTTP: a bearer token for the API, or the cookies a browser gets from the sign-in form.</summary>
internal static partial class SignIn
{
    public static async Task<string> TokenAsync(HttpClient http, string email, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<string> CookieAsync(Uri url, string email, string password)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = url };
        var page = await browser.GetStringAsync("/logg-inn");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
        using var response = await browser.PostAsync("/logg-inn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {email} answered {(int)response.StatusCode}");
        }
        return cookies.GetCookieHeader(url);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();
}
