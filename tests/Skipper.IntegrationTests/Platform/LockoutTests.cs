using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Platform;

[Collection(AppsCollection.Name)]
public sealed class LockoutTests(Apps apps)
{
    private const string Locked = "Kontoen er låst i 15 minutter etter for mange feil forsøk.";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Five_wrong_passwords_lock_the_account_and_the_api_then_refuses_the_right_one(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("ansatt");
        var client = app.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"feil-passord-{i}" }));
        }

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });

        (await answers[0].JsonAsync()).GetProperty("title").GetString().ShouldBe("Feil e-post eller passord.");
        (await answers[4].JsonAsync()).GetProperty("title").GetString().ShouldBe(Locked);
        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        right.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await right.JsonAsync()).GetProperty("title").GetString().ShouldBe(Locked);
        (await app.FindAccountAsync(email)).LockoutEnd.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_locked_account_gets_the_locked_message_on_the_page_and_no_session(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("bruker");
        var browser = app.Browser();
        for (var i = 0; i < 5; i++)
        {
            await browser.PostFormAsync("/logg-inn", new() { ["email"] = email, ["password"] = $"galt-passord-{i}" });
        }

        var right = await browser.PostFormAsync("/logg-inn", new() { ["email"] = email, ["password"] = AppFactory.Password });

        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await right.Content.ReadAsStringAsync()).ShouldContain(Locked);
        (await browser.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
