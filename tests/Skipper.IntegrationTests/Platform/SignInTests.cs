using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Platform;

[Collection(AppsCollection.Name)]
public sealed class SignInTests(Apps apps)
{
    public static TheoryData<string, string> ProvidersAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in Providers.Names)
        {
            foreach (var role in new[] { "bruker", "parorende", "ansatt", "erfaringsmedarbeider", "recoverykontakt", "avdelingsleder", "seksjonsleder", "admin", "tilbyder" })
            {
                data.Add(provider, role);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndRoles))]
    public async Task Every_demo_role_gets_a_token_and_sees_itself_in_me(string provider, string role)
    {
        var api = await apps.For(provider).ApiAs(Clients.Demo(role));

        var me = await (await api.GetAsync("/api/v1/me")).JsonAsync();

        me.GetProperty("email").GetString().ShouldBe(Clients.Demo(role));
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([role]);
        me.GetProperty("tenant").GetProperty("name").GetString().ShouldBe("Demo kommune");
        var personId = me.GetProperty("personId");
        if (role == "bruker")
        {
            personId.GetGuid().ShouldNotBe(Guid.Empty);
        }
        else
        {
            personId.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Wrong_password_gets_401_with_a_norwegian_problem(string provider)
    {
        var client = apps.For(provider).CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = Clients.Demo("seksjonsleder"), password = "feil-passord-123" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Feil e-post eller passord.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Missing_or_malformed_login_body_gets_400(string provider)
    {
        var client = apps.For(provider).CreateClient();

        var missing = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = Clients.Demo("ansatt") });
        var malformed = await client.PostAsync("/api/v1/auth/login", new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json"));

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.JsonAsync()).GetProperty("title").GetString().ShouldBe("Skriv inn både e-post og passord.");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.JsonAsync()).GetProperty("title").GetString().ShouldBe("Forespørselen har feil");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Signing_in_on_the_page_lands_on_the_home_page_with_municipality_and_department(string provider)
    {
        var browser = await apps.For(provider).BrowserAs(Clients.Demo("ansatt"));

        var home = await browser.GetAsync("/hjem");
        var html = await home.Content.ReadAsStringAsync();

        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Hei, Per Hansen");
        html.ShouldContain("Demo kommune");
        html.ShouldContain("Psykisk helseteam");
        html.ShouldContain("Ansatt");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Wrong_password_on_the_page_shows_a_message_and_no_session(string provider)
    {
        var browser = apps.For(provider).Browser();

        var response = await browser.PostFormAsync("/logg-inn", new() { ["email"] = Clients.Demo("recoverykontakt"), ["password"] = "galt-passord-99" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Feil e-post eller passord.");
        (await browser.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Signing_out_ends_the_session(string provider)
    {
        var browser = await apps.For(provider).BrowserAs(Clients.Demo("parorende"));

        var response = await browser.PostFormAsync("/logg-ut", [], formPage: "/hjem");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var home = await browser.GetAsync("/hjem");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().ShouldContain("/logg-inn");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_return_url_outside_skipper_is_ignored_after_sign_in(string provider)
    {
        var browser = apps.For(provider).Browser();

        var response = await browser.PostFormAsync(
            "/logg-inn",
            new() { ["email"] = Clients.Demo("bruker"), ["password"] = AppFactory.Password, ["returnUrl"] = "//evil.example/x" });

        response.Headers.Location!.ToString().ShouldBe("/hjem");
    }
}
