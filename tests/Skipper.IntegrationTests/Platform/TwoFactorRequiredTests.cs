using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Platform;

/// <summary>Outside demo mode, employees must use two-factor; a person in recovery may.</summary>
[Collection(NonDemoAppsCollection.Name)]
public sealed class TwoFactorRequiredTests(NonDemoApps apps)
{
    private const string TurnOnFirst = "Du må slå på tofaktor før du kan bruke dette. Logg inn i nettleseren og slå det på først.";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_without_two_factor_are_sent_to_turn_it_on_and_the_api_refuses_them(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("ansatt", await app.CreateMunicipalityAsync());
        var browser = await app.BrowserAs(email);

        var home = await browser.GetAsync("/hjem");
        var meByCookie = await browser.GetAsync("/api/v1/me");
        var setup = await browser.GetAsync(TwoFactorPages.Path);
        var token = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });

        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().ShouldBe(TwoFactorPages.Path);
        meByCookie.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await meByCookie.JsonAsync()).GetProperty("title").GetString().ShouldBe(TurnOnFirst);
        setup.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await setup.Content.ReadAsStringAsync()).ShouldContain("Du jobber i kommunen og må bruke tofaktor.");
        token.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        token.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await token.JsonAsync()).GetProperty("title").GetString().ShouldBe(TurnOnFirst);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_who_turn_on_two_factor_get_in_and_cannot_turn_it_off(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("avdelingsleder", await app.CreateMunicipalityAsync());
        var browser = await app.BrowserAs(email);
        var key = await browser.ShownKeyAsync();

        var turnedOn = await browser.TurnOnAsync(Totp.Code(key));
        var home = await browser.GetAsync("/hjem");
        var page = await browser.GetStringAsync(TwoFactorPages.Path);
        var turnOff = await browser.TurnOffAsync();

        turnedOn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("så det kan ikke slås av");
        page.ShouldNotContain("Slå av tofaktor");
        turnOff.Headers.Location!.AbsolutePath.ShouldBe("/feil/403");
        (await app.FindAccountAsync(email)).TwoFactorEnabled.ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_with_two_factor_sign_in_on_the_page_only_with_the_right_code(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("ansatt", await app.CreateMunicipalityAsync());
        var key = await app.EnableTwoFactorAsync(email);
        var browser = app.Browser();

        var password = await browser.PostFormAsync("/logg-inn", new() { ["email"] = email, ["password"] = AppFactory.Password, ["returnUrl"] = "/konto/tofaktor" });
        var homeBeforeCode = await browser.GetAsync("/hjem");
        var codePage = password.Headers.Location!.ToString();
        var wrong = await browser.PostFormAsync("/logg-inn/kode", new() { ["code"] = Totp.WrongCode(key), ["returnUrl"] = "/konto/tofaktor" });
        var right = await browser.PostFormAsync("/logg-inn/kode", new() { ["code"] = Totp.Code(key), ["returnUrl"] = "/konto/tofaktor" });

        codePage.ShouldBe("/logg-inn/kode?returnUrl=%2Fkonto%2Ftofaktor");
        homeBeforeCode.Headers.Location!.ToString().ShouldContain("/logg-inn");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Feil kode. Skriv inn koden appen viser nå.");
        right.Headers.Location!.ToString().ShouldBe("/konto/tofaktor");
        (await browser.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_with_two_factor_get_a_token_only_with_the_right_code(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("recoverykontakt", await app.CreateMunicipalityAsync());
        var key = await app.EnableTwoFactorAsync(email);
        var client = app.CreateClient();

        var missing = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password, twoFactorCode = Totp.WrongCode(key) });
        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password, twoFactorCode = Totp.Code(key) });

        missing.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await missing.JsonAsync()).GetProperty("title").GetString().ShouldBe("Skriv inn koden på seks siffer fra appen for innloggingskoder.");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.JsonAsync()).GetProperty("title").GetString().ShouldBe("Feil kode. Skriv inn koden appen viser nå.");
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await right.JsonAsync()).GetProperty("accessToken").GetString();
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me") { Headers = { Authorization = new("Bearer", token) } };
        (await app.CreateClient().SendAsync(me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_person_in_recovery_outside_demo_mode_is_not_made_to_use_two_factor(string provider)
    {
        var app = apps.For(provider);
        var email = await app.CreateAccountAsync("bruker", await app.CreateMunicipalityAsync());
        var browser = await app.BrowserAs(email);
        var api = await app.ApiAs(email);

        (await browser.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetStringAsync(TwoFactorPages.Path)).ShouldContain("Tofaktor er av.");
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
