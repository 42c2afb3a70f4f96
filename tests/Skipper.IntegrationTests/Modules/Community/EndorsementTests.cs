using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Community.Foundation.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Community;

[Collection(AppsCollection.Name)]
public sealed class EndorsementTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_request_is_not_listed_until_the_administrator_approves_it(string provider)
    {
        var app = apps.For(provider);
        var name = "Foreningen Solgløtt " + Guid.NewGuid().ToString("N")[..8];
        var anonymous = app.CreateClient();

        var asked = await anonymous.PostAsJsonAsync("/api/v1/foundation/endorsements",
            new { organisationName = name, contactPerson = "Eva Li", email = "eva@solglott.example", message = "Vi vil gjerne være med." });

        asked.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await asked.JsonAsync()).GetProperty("id").GetGuid();
        (await anonymous.GetStringAsync("/api/v1/foundation/endorsements")).ShouldNotContain(name);
        (await app.Browser().GetStringAsync("/verdigrunnlag")).ShouldNotContain(name);
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).GetAsync("/api/v1/foundation/endorsements/requests")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.PostAsync($"/api/v1/foundation/endorsements/requests/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var admin = await app.BrowserAs(Clients.Demo("admin"));
        var adminPage = await admin.GetStringAsync("/admin/verdigrunnlag");
        adminPage.ShouldContain(name);
        adminPage.ShouldContain("eva@solglott.example");

        var approved = await admin.PostFormAsync("/admin/verdigrunnlag", new() { ["id"] = id.ToString(), ["decision"] = "approve", ["version"] = "1" });

        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var listed = await anonymous.GetStringAsync("/api/v1/foundation/endorsements");
        listed.ShouldContain(name);
        listed.ShouldNotContain("eva@solglott.example");
        var page = await app.Browser().GetStringAsync("/verdigrunnlag");
        page.ShouldContain(name);
        page.ShouldNotContain("eva@solglott.example");
        var again = await (await app.ApiAs(Clients.Demo("admin"))).PostAsJsonAsync($"/api/v1/foundation/endorsements/requests/{id}/decline", new { });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.CreateClient().PostAsJsonAsync("/api/v1/foundation/endorsements", new { organisationName = name.ToUpperInvariant(), email = "ny@solglott.example" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_declined_request_is_never_listed_and_bad_input_is_refused(string provider)
    {
        var app = apps.For(provider);
        var name = "Avslått lag " + Guid.NewGuid().ToString("N")[..8];
        var anonymous = app.CreateClient();

        var bad = await anonymous.PostAsJsonAsync("/api/v1/foundation/endorsements", new { organisationName = " ", email = "ikke-en-adresse" });
        var asked = await anonymous.PostAsJsonAsync("/api/v1/foundation/endorsements", new { organisationName = name, email = "post@avslatt.example" });
        var id = (await asked.JsonAsync()).GetProperty("id").GetGuid();
        var declined = await (await app.ApiAs(Clients.Demo("admin"))).PostAsJsonAsync($"/api/v1/foundation/endorsements/requests/{id}/decline", new { version = 1 });

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        errors.TryGetProperty("organisationName", out _).ShouldBeTrue();
        errors.GetProperty("email")[0].GetString()!.ShouldContain("gyldig e-postadresse");
        declined.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetStringAsync("/api/v1/foundation/endorsements")).ShouldNotContain(name);
        var demo = await anonymous.GetStringAsync("/api/v1/foundation/endorsements");
        demo.ShouldContain("Brukerforeningen Fyrlykta");
        demo.ShouldContain("Pårørendenettverket Ankerfestet");
        demo.ShouldNotContain("Turlaget Medvind");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_flood_of_requests_from_one_address_gets_429_and_stores_nothing_more(string provider)
    {
        using var app = new AppFactory(provider, settings: new Dictionary<string, string?> { ["Skipper:EndorsementLimits:PerAddressPerHour"] = "3" });
        var anonymous = app.CreateClient();
        var prefix = "Flom " + Guid.NewGuid().ToString("N")[..8];

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await anonymous.PostAsJsonAsync("/api/v1/foundation/endorsements", new { organisationName = $"{prefix} {i}", email = $"flom{i}@flom.example" })).StatusCode);
        }
        var form = await app.Browser().PostFormAsync("/verdigrunnlag", new() { ["organisationName"] = prefix + " skjema", ["email"] = "skjema@flom.example" });

        answers.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        var refused = await anonymous.PostAsJsonAsync("/api/v1/foundation/endorsements", new { organisationName = prefix + " 7", email = "flom7@flom.example" });
        (await refused.JsonAsync()).GetProperty("title").GetString()!.ShouldContain("Prøv igjen senere");
        form.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await form.Content.ReadAsStringAsync()).ShouldContain("Prøv igjen senere");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<EndorsementRequest>().IgnoreQueryFilters().CountAsync(e => e.OrganisationName.StartsWith(prefix))).ShouldBe(3);
    }
}
