using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Platform;

/// <summary>Each test runs its own Skipper with low limits; the shared ones have limits tests never reach.</summary>
public sealed class SignInLimitTests
{
    private const string TooMany = "For mange forsøk på å logge inn. Vent ett minutt og prøv igjen.";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Attempts_over_the_account_limit_get_429_without_a_password_check(string provider)
    {
        using var app = new AppFactory(provider, settings: new Dictionary<string, string?> { ["Skipper:SignInLimits:PerAccountPerMinute"] = "3" });
        var email = await app.CreateAccountAsync("ansatt");
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"feil-passord-{i}" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var api = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = " " + email.ToUpperInvariant(), password = AppFactory.Password });
        var page = await app.Browser().PostFormAsync("/logg-inn", new() { ["email"] = email, ["password"] = AppFactory.Password });

        api.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.JsonAsync()).GetProperty("title").GetString().ShouldBe(TooMany);
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync()).ShouldContain(TooMany);
        (await app.FindAccountAsync(email)).AccessFailedCount.ShouldBe(3);
        await app.ApiAs(Clients.Demo("bruker"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Attempts_over_the_address_limit_get_429_for_every_account(string provider)
    {
        using var app = new AppFactory(provider, settings: new Dictionary<string, string?> { ["Skipper:SignInLimits:PerAddressPerMinute"] = "3" });
        await app.ApiAs(Clients.Demo("bruker"));
        await app.ApiAs(Clients.Demo("ansatt"));
        await app.BrowserAs(Clients.Demo("admin"));

        var api = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = Clients.Demo("parorende"), password = AppFactory.Password });
        var page = await app.Browser().PostFormAsync("/logg-inn", new() { ["email"] = Clients.Demo("tilbyder"), ["password"] = AppFactory.Password });

        api.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await api.JsonAsync()).GetProperty("title").GetString().ShouldBe(TooMany);
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync()).ShouldContain(TooMany);
    }
}
