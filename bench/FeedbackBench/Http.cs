using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FeedbackBench;

/// <summary>Signing in as a browser (cookie) or an app (bearer token), and plain requests with either.</summary>
internal static partial class Http
{
    public static HttpClient Client(Uri url) =>
        new(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 4096,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<string> TokenAsync(HttpClient http, string email, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in (token) as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Signs in through the form, as a browser does, and answers the cookies to send.</summary>
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
            throw new InvalidOperationException($"sign-in (form) as {email} answered {(int)response.StatusCode}");
        }
        return cookies.GetCookieHeader(url);
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, Auth auth, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (auth.Cookie is not null)
        {
            request.Headers.Add("Cookie", auth.Cookie);
        }
        if (auth.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", auth.Token);
        }
        return request;
    }

    /// <summary>GET, reading the whole body; answers the status and the body.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string path, Auth auth)
    {
        using var request = Request(HttpMethod.Get, path, auth);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> JsonAsync(HttpClient http, string path, Auth auth)
    {
        var (status, body) = await GetAsync(http, path, auth);
        return status == HttpStatusCode.OK
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new InvalidOperationException($"GET {path} answered {(int)status}: {body}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();
}

/// <summary>A signed-in user: a cookie for pages, a bearer token for the API.</summary>
internal sealed record Auth(string? Cookie, string? Token);
