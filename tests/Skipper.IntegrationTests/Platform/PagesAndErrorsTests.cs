using System.Net;
using System.Text.RegularExpressions;

namespace Skipper.IntegrationTests.Platform;

[Collection(AppsCollection.Name)]
public sealed partial class PagesAndErrorsTests(Apps apps)
{
    public static readonly string[] PublicPages = ["/", "/logg-inn", "/logg-ut", "/tilgjengelighet", "/feil/404"];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Health_answers_ok(string provider)
    {
        var response = await apps.For(provider).CreateClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("status").GetString().ShouldBe("ok");
    }

    [Fact]
    public async Task The_front_page_says_what_skipper_is_and_how_to_get_help()
    {
        var html = await apps.For("Sqlite").CreateClient().GetStringAsync("/");

        html.ShouldContain("Skipper – du styrer din egen bedring");
        html.ShouldContain("Demo kommune");
        html.ShouldContain("Skipper følges ikke med på hele døgnet.");
        html.ShouldContain("113");
        html.ShouldContain("116 117");
        html.ShouldContain("116 123");
    }

    [Fact]
    public async Task The_front_page_of_the_neighbour_host_shows_the_neighbour_municipality()
    {
        var client = apps.For("Sqlite").CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "nabo.localhost";

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        html.ShouldContain("Nabokommune");
        html.ShouldNotContain("Demo kommune");
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers_and_has_no_inline_script_or_style()
    {
        var browser = await apps.For("Sqlite").BrowserAs(Clients.Demo("bruker"));
        foreach (var path in PublicPages.Append("/hjem"))
        {
            var response = await browser.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();

            csp.ShouldContain("frame-ancestors 'none'");
            csp.ShouldNotContain("unsafe-inline");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
            InlineScript().IsMatch(html).ShouldBeFalse($"inline script on {path}");
            InlineStyle().IsMatch(html).ShouldBeFalse($"inline style on {path}");
        }
    }

    [Fact]
    public async Task The_person_has_a_quick_exit_and_staff_do_not()
    {
        var app = apps.For("Sqlite");
        var person = await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/hjem");
        var staff = await (await app.BrowserAs(Clients.Demo("erfaringsmedarbeider"))).GetStringAsync("/hjem");

        person.ShouldContain("Gå ut raskt");
        staff.ShouldNotContain("Gå ut raskt");
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_404_page()
    {
        var response = await apps.For("Sqlite").CreateClient().GetAsync("/finnes-ikke");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Vi fant ikke siden");
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_gets_a_friendly_400_page_and_no_sign_in()
    {
        var browser = apps.For("Sqlite").Browser();

        var response = await browser.PostAsync("/logg-inn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Clients.Demo("bruker"),
            ["password"] = AppFactory.Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Noe i forespørselen var feil");
        (await browser.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Api_errors_are_problem_details_in_norwegian()
    {
        var app = apps.For("Sqlite");
        var anonymous = app.CreateClient();
        var signedIn = await app.ApiAs(Clients.Demo("ansatt"));

        var unauthorized = await anonymous.GetAsync("/api/v1/me");
        var notFound = await signedIn.GetAsync("/api/v1/finnes-ikke");

        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unauthorized.JsonAsync()).GetProperty("title").GetString().ShouldBe("Du må logge inn");
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await notFound.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke det du ba om");
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var client = apps.For("Sqlite").CreateClient();
        var huge = "{\"email\":\"" + new string('a', 2 * 1024 * 1024) + "\",\"password\":\"x\"}";

        var response = await client.PostAsync("/api/v1/auth/login", new StringContent(huge, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Det du sendte var for stort");
    }

    [Fact]
    public async Task The_language_switch_shows_english_and_keeps_it()
    {
        var browser = apps.For("Sqlite").Browser();

        var switched = await browser.GetAsync("/sprak?kultur=en&tilbake=/logg-inn");
        var page = await browser.GetStringAsync("/logg-inn");

        switched.Headers.Location!.ToString().ShouldBe("/logg-inn");
        page.ShouldContain("lang=\"en\"");
        page.ShouldContain("Sign in");
        page.ShouldContain("Skipper is not watched around the clock.");
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style\b|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}

[Collection(AppsCollection.Name)]
public sealed class SameOriginApiWritesTests(Apps apps)
{
    [Fact]
    public async Task A_cookie_write_to_the_api_from_another_origin_is_refused()
    {
        var browser = await apps.For("Sqlite").BrowserAs(Clients.Demo("avdelingsleder"));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/departments/{Guid.NewGuid()}/care-relations")
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "http://nabo.localhost");

        var response = await browser.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).GetProperty("title").GetString()!.ShouldContain("annet nettsted");
    }
}
