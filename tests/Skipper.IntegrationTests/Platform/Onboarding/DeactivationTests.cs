using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Skipper.Web.Platform.Auditing;

namespace Skipper.IntegrationTests.Platform.Onboarding;

[Collection(OnboardingCollection.Name)]
public sealed class DeactivationTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_deactivated_account_cannot_sign_in_and_its_link_stops_working(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var signedUp = await admin.CreateAccountAsync("bruker", name: "Snart Borte");
        (await app.CreateClient().SignUpAsync(signedUp.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var waiting = await admin.CreateAccountAsync("tilbyder");
        var stampBefore = await app.InDbAsync(db => db.Users.Where(u => u.Id == signedUp.Id).Select(u => u.SecurityStamp).SingleAsync());

        var response = await admin.PostAsync($"/api/v1/admin/accounts/{signedUp.Id}/deactivate", null);
        (await admin.PostAsync($"/api/v1/admin/accounts/{waiting.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("isActive").GetBoolean().ShouldBeFalse();
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = signedUp.Email, password = Onboard.NewPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await login.JsonAsync()).GetProperty("title").GetString().ShouldBe("Denne kontoen kan ikke logge inn. Spør kommunen din.");
        (await app.InDbAsync(db => db.Users.Where(u => u.Id == signedUp.Id).Select(u => u.SecurityStamp).SingleAsync())).ShouldNotBe(stampBefore);
        (await app.CreateClient().SignUpAsync(waiting.Token)).StatusCode.ShouldBe(HttpStatusCode.Gone);
        var audit = (await app.AuditAsync($"account/{signedUp.Id}")).Single(e => e.Action == AuditActions.AccountDeactivated);
        audit.PersonId.ShouldNotBeNull();
        audit.ActorName.ShouldBe("Tor Admin");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_administrator_cannot_deactivate_their_own_account(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var myId = (await (await admin.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("id").GetGuid();

        var response = await admin.PostAsync($"/api/v1/admin/accounts/{myId}/deactivate", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Du kan ikke deaktivere din egen konto. Ingenting er endret.");
        (await app.InDbAsync(db => db.Users.SingleAsync(u => u.Id == myId))).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task A_browser_session_of_a_deactivated_account_ends_at_the_next_stamp_check()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new AppFactory("Sqlite", services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var provider = await app.BrowserAs(Clients.Demo("tilbyder"));
        var providerId = (await app.InDbAsync(db => db.Users.SingleAsync(u => u.Email == Clients.Demo("tilbyder")))).Id;
        var admin = await app.BrowserAs(Clients.Demo("admin"));

        var deactivated = await admin.PostFormAsync($"/admin?handler=Deactivate&id={providerId}", [], formPage: "/admin");
        clock.Advance(TimeSpan.FromMinutes(2));

        deactivated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await deactivated.Content.ReadAsStringAsync()).ShouldContain("Kontoen til Mental Helse Demo er deaktivert.");
        (await provider.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
