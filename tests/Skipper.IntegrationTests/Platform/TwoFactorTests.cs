using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Platform;

/// <summary>Two-factor in demo mode: anyone may turn it on, and nobody is made to.</summary>
[Collection(AppsCollection.Name)]
public sealed class TwoFactorTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_in_demo_mode_are_not_made_to_turn_on_two_factor(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var api = await app.ApiAs(Clients.Demo("avdelingsleder"));

        (await browser.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Anyone_can_turn_on_two_factor_with_a_code_from_the_app_and_turn_it_off_again(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("parorende");
        var browser = await app.BrowserAs(email);
        var page = await browser.GetStringAsync(TwoFactorPages.Path);
        var key = await browser.ShownKeyAsync();

        var wrong = await browser.TurnOnAsync(Totp.WrongCode(key));
        var right = await browser.TurnOnAsync(Totp.Code(key));
        var on = await browser.GetStringAsync(TwoFactorPages.Path);
        var withoutCode = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });
        var off = await browser.TurnOffAsync();

        page.ShouldContain("Tofaktor er av.");
        page.ShouldNotContain("style=");
        page.ShouldNotContain("<script");
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Koden stemmer ikke.");
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        on.ShouldContain("Tofaktor er på.");
        on.ShouldContain("Slå av tofaktor");
        on.ShouldNotContain("shared-key");
        (await browser.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.OK);
        withoutCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutCode.JsonAsync()).GetProperty("title").GetString().ShouldBe("Skriv inn koden på seks siffer fra appen for innloggingskoder.");
        off.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync(TwoFactorPages.Path)).ShouldContain("Tofaktor er av.");
        (await browser.ShownKeyAsync()).ShouldNotBe(key);
        await app.ApiAs(email);
    }
}
