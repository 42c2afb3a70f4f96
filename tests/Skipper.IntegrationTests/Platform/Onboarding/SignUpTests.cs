using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Skipper.Web.Platform.Auditing;

namespace Skipper.IntegrationTests.Platform.Onboarding;

[Collection(OnboardingCollection.Name)]
public sealed class SignUpTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_sign_up_link_works_once_and_the_second_use_changes_nothing(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var made = await admin.CreateAccountAsync("bruker", await admin.DepartmentIdAsync(), name: "Ny Person");
        var anonymous = app.CreateClient();

        var first = await anonymous.SignUpAsync(made.Token);
        var hashAfterFirst = await app.InDbAsync(db => db.Users.Where(u => u.Id == made.Id).Select(u => u.PasswordHash).SingleAsync());
        var second = await anonymous.SignUpAsync(made.Token, "et-helt-annet-passord");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.JsonAsync()).GetProperty("municipality").GetString().ShouldBe("Demo kommune");
        second.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await second.JsonAsync()).GetProperty("title").GetString().ShouldBe("Lenken er allerede brukt. Den virker bare én gang. Ingenting er endret.");
        (await app.InDbAsync(db => db.Users.Where(u => u.Id == made.Id).Select(u => u.PasswordHash).SingleAsync())).ShouldBe(hashAfterFirst);
        (await app.LoginStatusAsync(made.Email)).ShouldBe(HttpStatusCode.OK);
        (await app.LoginStatusAsync(made.Email, "et-helt-annet-passord")).ShouldBe(HttpStatusCode.Unauthorized);
        var me = await (await app.ApiAs(made.Email, Onboard.NewPassword)).GetAsync("/api/v1/me");
        (await me.JsonAsync()).GetProperty("personId").GetGuid().ShouldNotBe(Guid.Empty);
        var audit = (await app.AuditAsync($"account/{made.Id}")).Single(e => e.Action == AuditActions.SignUpCompleted);
        audit.ActorUserId.ShouldBe(made.Id);
        audit.ActorName.ShouldBe("Ny Person");
        audit.PersonId.ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_sign_up_page_shows_who_it_is_for_checks_the_password_and_then_sends_to_sign_in(string provider)
    {
        var app = apps.For(provider);
        var made = await (await app.ApiAs(Clients.Nabo("admin"))).CreateAccountAsync("parorende", name: "Pål Pårørende");
        var browser = app.Browser();

        var page = await browser.GetStringAsync(made.Path);
        var differ = await browser.PostFormAsync(made.Path, new() { ["password"] = Onboard.NewPassword, ["confirmPassword"] = "noe annet helt" });
        var tooShort = await browser.PostFormAsync(made.Path, new() { ["password"] = "kort", ["confirmPassword"] = "kort" });
        var done = await browser.PostFormAsync(made.Path, new() { ["password"] = Onboard.NewPassword, ["confirmPassword"] = Onboard.NewPassword });

        page.ShouldContain("Pål Pårørende");
        page.ShouldContain("Nabokommune");
        differ.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await differ.Content.ReadAsStringAsync()).ShouldContain("De to passordene er ikke like.");
        (await tooShort.Content.ReadAsStringAsync()).ShouldContain("Passordet må ha minst 10 tegn.");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().ShouldBe("/logg-inn?registrert=1");
        (await browser.GetStringAsync("/logg-inn?registrert=1")).ShouldContain("Passordet er lagret.");
        var again = await browser.GetAsync(made.Path);
        again.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await again.Content.ReadAsStringAsync()).ShouldContain("Lenken er allerede brukt.");
        (await app.LoginStatusAsync(made.Email)).ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unknown_link_is_404_on_the_page_and_in_the_api(string provider)
    {
        var app = apps.For(provider);

        var page = await app.CreateClient().GetAsync("/registrer/finnes-ikke");
        var api = await app.CreateClient().SignUpAsync("finnes-ikke");
        var huge = await app.CreateClient().SignUpAsync(new string('a', 500));

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Vi kjenner ikke denne lenken.");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.JsonAsync()).GetProperty("title").GetString()!.ShouldStartWith("Vi kjenner ikke denne lenken.");
        huge.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_link_replaces_the_old_one_and_is_refused_once_the_account_is_in_use(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var made = await admin.CreateAccountAsync("tilbyder");

        var renewed = await admin.PostAsync($"/api/v1/admin/accounts/{made.Id}/sign-up-link", null);
        var newToken = (await renewed.JsonAsync()).GetProperty("signUpUrl").GetString()!.Split('/')[^1];
        var oldUse = await app.CreateClient().SignUpAsync(made.Token);
        var newUse = await app.CreateClient().SignUpAsync(newToken);
        var afterUse = await admin.PostAsync($"/api/v1/admin/accounts/{made.Id}/sign-up-link", null);

        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        oldUse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        newUse.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterUse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await afterUse.JsonAsync()).GetProperty("title").GetString()!.ShouldStartWith("Personen har allerede laget passord.");
        (await app.AuditAsync($"account/{made.Id}")).Select(e => e.Action)
            .ShouldBe([AuditActions.AccountCreated, AuditActions.SignUpLinkCreated, AuditActions.SignUpCompleted]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_expired_link_is_refused_with_410_and_changes_nothing(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new AppFactory(provider, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var made = await admin.CreateAccountAsync("ansatt", await admin.DepartmentIdAsync());

        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var page = await app.CreateClient().GetAsync(made.Path);
        var api = await app.CreateClient().SignUpAsync(made.Token);

        page.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Lenken er for gammel.");
        api.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await app.InDbAsync(db => db.Users.SingleAsync(u => u.Id == made.Id))).PasswordHash.ShouldBeNull();
        (await app.InDbAsync(db => db.SignUpInvitations.IgnoreQueryFilters().SingleAsync(i => i.UserId == made.Id))).UsedAt.ShouldBeNull();
    }
}
