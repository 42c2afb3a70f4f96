using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Skipper.IntegrationTests.Platform.Onboarding;

[Collection(OnboardingCollection.Name)]
public sealed class AdminPageTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_account_form_creates_an_account_and_shows_its_link_once(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("admin"));
        var email = Onboard.NewEmail("side");
        var department = await (await app.ApiAs(Clients.Demo("admin"))).DepartmentIdAsync("Fagteam rus");

        var response = await browser.PostFormAsync("/admin?handler=Account",
            new() { ["displayName"] = "Side Bruker", ["email"] = email, ["role"] = "bruker", ["departmentId"] = department.ToString() },
            formPage: "/admin");
        var html = await response.Content.ReadAsStringAsync();
        var later = await browser.GetStringAsync("/admin");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Lenke til Side Bruker");
        html.ShouldContain("http://localhost/registrer/");
        later.ShouldContain(email);
        later.ShouldContain("Person i bedring");
        later.ShouldContain("Venter på passord");
        later.ShouldNotContain("/registrer/");
        var person = await app.InDbAsync(db => db.Persons.IgnoreQueryFilters().SingleAsync(p => p.DisplayName == "Side Bruker"));
        person.DepartmentId.ShouldBe(department);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_account_form_keeps_what_was_typed_and_says_what_is_wrong(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("admin"));
        var before = await app.InDbAsync(db => db.Users.CountAsync());

        var taken = await browser.PostFormAsync("/admin?handler=Account",
            new() { ["displayName"] = "Dobbel Konto", ["email"] = Clients.Demo("ansatt"), ["role"] = "tilbyder", ["departmentId"] = "" },
            formPage: "/admin");
        var staff = await browser.PostFormAsync("/admin?handler=Account",
            new() { ["displayName"] = "Uten Avdeling", ["email"] = Onboard.NewEmail(), ["role"] = "recoverykontakt", ["departmentId"] = "" },
            formPage: "/admin");

        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var takenHtml = await taken.Content.ReadAsStringAsync();
        takenHtml.ShouldContain("Denne e-postadressen har allerede en konto i Skipper.");
        takenHtml.ShouldContain("value=\"Dobbel Konto\"");
        staff.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.Content.ReadAsStringAsync()).ShouldContain("Velg en avdeling. Denne rollen jobber i en avdeling.");
        (await app.InDbAsync(db => db.Users.CountAsync())).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_admin_home_page_links_to_administration_and_others_do_not(string provider)
    {
        var app = apps.For(provider);

        (await (await app.BrowserAs(Clients.Demo("admin"))).GetStringAsync("/hjem")).ShouldContain("href=\"/admin\"");
        (await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync("/hjem")).ShouldNotContain("href=\"/admin\"");
    }

    [Fact]
    public async Task The_admin_and_sign_up_pages_have_no_inline_script_or_style_and_are_not_cached()
    {
        var app = apps.For("Sqlite");
        var made = await (await app.ApiAs(Clients.Demo("admin"))).CreateAccountAsync("tilbyder");
        var browser = await app.BrowserAs(Clients.Demo("admin"));

        foreach (var path in new[] { "/admin", made.Path })
        {
            var response = await browser.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
            html.ShouldNotContain("<script>");
            html.ShouldNotContain(" style=");
        }
    }
}
