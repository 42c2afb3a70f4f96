using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.IntegrationTests.Platform.Onboarding;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class MyCrewTests
{
    private const string Crew = "/api/v1/me/plan/crew";
    private const string Relatives = Crew + "/relatives";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_relative_invited_to_goals_signs_up_through_the_link_and_sees_goals_but_not_what_matters(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var email = Onboard.NewEmail("venn");

        var invited = await person.PostAsJsonAsync(Relatives, new { name = "Rita Venn", email, parts = new[] { "goals" } });

        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await invited.JsonAsync();
        var share = body.GetProperty("share");
        share.GetProperty("name").GetString().ShouldBe("Rita Venn");
        share.GetProperty("status").GetString().ShouldBe("active");
        share.GetProperty("hasSignedUp").GetBoolean().ShouldBeFalse();
        Parts(share).ShouldBe(["goals"]);
        var signUpUrl = body.GetProperty("signUpUrl").GetString()!;
        signUpUrl.ShouldContain("/registrer/");
        (await app.CreateClient().SignUpAsync(signUpUrl[(signUpUrl.LastIndexOf('/') + 1)..])).StatusCode.ShouldBe(HttpStatusCode.OK);

        var relative = await app.ApiAs(email, Onboard.NewPassword);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/what-matters")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Parts(await (await relative.GetAsync($"/api/v1/persons/{personId}/plan")).JsonAsync()).ShouldBe(["goals"]);
        var crew = await (await person.GetAsync(Crew)).JsonAsync();
        var rita = crew.GetProperty("relatives").EnumerateArray().Single(r => r.GetProperty("email").GetString() == email);
        rita.GetProperty("hasSignedUp").GetBoolean().ShouldBeTrue();
        var audit = await Demo.AuditAsync(app);
        audit.ShouldContain(e => e.Action == "change" && e.PersonId == personId && e.Resource == $"plan/crew/{share.GetProperty("shareId").GetGuid()}");
        audit.ShouldContain(e => e.Action == "account-created" && e.PersonId == personId && e.ActorRole == "bruker");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_existing_relative_account_is_shared_with_and_no_new_account_or_link_is_made(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var existing = await app.CreateAccountAsync("parorende");
        var accountsBefore = await app.InDbAsync(db => db.Users.CountAsync());

        var invited = await person.PostAsJsonAsync(Relatives, new { name = "Et annet navn", email = existing.ToUpperInvariant(), parts = new[] { "goals", "warning-signs" } });
        var again = await person.PostAsJsonAsync(Relatives, new { name = "Igjen", email = existing, parts = new[] { "goals" } });

        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await invited.JsonAsync();
        body.TryGetProperty("signUpUrl", out _).ShouldBeFalse();
        body.GetProperty("share").GetProperty("name").GetString().ShouldBe("Test parorende");
        Parts(body.GetProperty("share")).ShouldBe(["goals", "warning-signs"]);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.JsonAsync()).GetProperty("title").GetString()!.ShouldContain("Du deler allerede planen");
        (await app.InDbAsync(db => db.Users.CountAsync())).ShouldBe(accountsBefore);
        var relative = await app.ApiAs(existing);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/chime")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Changed_parts_and_a_withdrawal_hold_from_the_relatives_next_request_and_the_share_stays_as_history(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var relative = await app.ApiAs(Clients.Demo("parorende"));
        var shareId = (await (await person.GetAsync(Crew)).JsonAsync()).GetProperty("relatives")[0].GetProperty("shareId").GetGuid();
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = await person.PutAsJsonAsync($"{Relatives}/{shareId}", new { parts = new[] { "what-matters" } });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        Parts(await changed.JsonAsync()).ShouldBe(["what-matters"]);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/what-matters")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var withdrawn = await person.DeleteAsync($"{Relatives}/{shareId}");

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withdrawn.JsonAsync()).GetProperty("status").GetString().ShouldBe("withdrawn");
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/what-matters")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var crew = await (await person.GetAsync(Crew)).JsonAsync();
        var history = crew.GetProperty("relatives").EnumerateArray().Single(r => r.GetProperty("shareId").GetGuid() == shareId);
        history.GetProperty("status").GetString().ShouldBe("withdrawn");
        history.GetProperty("withdrawnAt").ValueKind.ShouldBe(JsonValueKind.String);
        crew.GetProperty("responsibilityGroup").GetArrayLength().ShouldBe(2);
        crew.GetProperty("responsibilityGroup")[0].GetProperty("name").GetString().ShouldBe("Per Hansen");
        crew.GetProperty("responsibilityGroup")[0].GetProperty("isCoordinator").GetBoolean().ShouldBeTrue();
        crew.GetProperty("responsibilityGroup")[0].GetProperty("role").GetString().ShouldBe("ansatt");

        var eventsBefore = (await Demo.AuditAsync(app)).Count(e => e.Resource.StartsWith("plan/crew/", StringComparison.Ordinal));
        (await person.PutAsJsonAsync($"{Relatives}/{shareId}", new { parts = new[] { "goals" } })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await person.DeleteAsync($"{Relatives}/{shareId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var audit = await Demo.AuditAsync(app);
        audit.Count(e => e.Resource.StartsWith("plan/crew/", StringComparison.Ordinal)).ShouldBe(eventsBefore);
        audit.ShouldContain(e => e.Action == "change" && e.PersonId == personId && e.Resource == $"plan/crew/{shareId}");
        audit.ShouldContain(e => e.Action == "change" && e.PersonId == personId && e.Resource == $"plan/crew/{shareId}/withdrawn");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_invitations_and_other_peoples_shares_get_a_clear_message_and_change_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var naboShare = (await (await (await app.ApiAs(Clients.Nabo("bruker"))).GetAsync(Crew)).JsonAsync()).GetProperty("relatives")[0].GetProperty("shareId").GetGuid();
        var before = await SnapshotAsync(app);

        var noParts = await person.PostAsJsonAsync(Relatives, new { name = "A", email = Onboard.NewEmail(), parts = Array.Empty<string>() });
        var unknownPart = await person.PostAsJsonAsync(Relatives, new { name = "A", email = Onboard.NewEmail(), parts = new[] { "goals", "diagnoses" } });
        var badEmail = await person.PostAsJsonAsync(Relatives, new { name = "A", email = "ikke en adresse", parts = new[] { "goals" } });
        var noName = await person.PostAsJsonAsync(Relatives, new { name = " ", email = Onboard.NewEmail(), parts = new[] { "goals" } });
        var staff = await person.PostAsJsonAsync(Relatives, new { name = "Per", email = Clients.Demo("ansatt"), parts = new[] { "goals" } });
        var self = await person.PostAsJsonAsync(Relatives, new { name = "Ola", email = Clients.Demo("bruker"), parts = new[] { "goals" } });
        var otherTenant = await person.PostAsJsonAsync(Relatives, new { name = "Erik", email = Clients.Nabo("parorende"), parts = new[] { "goals" } });
        var otherPut = await person.PutAsJsonAsync($"{Relatives}/{naboShare}", new { parts = new[] { "chime" } });
        var otherDelete = await person.DeleteAsync($"{Relatives}/{naboShare}");
        var unknownDelete = await person.DeleteAsync($"{Relatives}/{Guid.NewGuid()}");
        var ownShare = (await (await person.GetAsync(Crew)).JsonAsync()).GetProperty("relatives")[0].GetProperty("shareId").GetGuid();
        var emptyPut = await person.PutAsJsonAsync($"{Relatives}/{ownShare}", new { parts = Array.Empty<string>() });
        var staffCall = await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync(Crew);

        (await Errors(noParts, HttpStatusCode.BadRequest)).ShouldContain("Velg minst én del av planen. Vil du ikke dele noe, kan du trekke tilbake tilgangen.");
        (await Errors(unknownPart, HttpStatusCode.BadRequest)).ShouldContain("Velg bare deler av planen fra listen.");
        (await Errors(badEmail, HttpStatusCode.BadRequest)).ShouldContain(m => m.StartsWith("Skriv en gyldig e-postadresse", StringComparison.Ordinal));
        (await Errors(noName, HttpStatusCode.BadRequest)).ShouldContain("Skriv navnet.");
        (await Errors(staff, HttpStatusCode.BadRequest)).ShouldContain(m => m.StartsWith("Denne e-postadressen hører til en konto som ikke er for pårørende", StringComparison.Ordinal));
        (await Errors(self, HttpStatusCode.BadRequest)).ShouldContain(m => m.StartsWith("Denne e-postadressen hører til en konto som ikke er for pårørende", StringComparison.Ordinal));
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await emptyPut.JsonAsync()).GetProperty("status").GetInt32().ShouldBe(400);
        foreach (var missing in new[] { otherPut, otherDelete, unknownDelete })
        {
            missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await missing.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke denne delingen i planen din. Ingenting er endret.");
        }
        staffCall.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SnapshotAsync(app)).ShouldBe(before);
        (await (await app.ApiAs(Clients.Nabo("parorende"))).GetAsync($"/api/v1/persons/{await Demo.PersonIdAsync(app, "nabo")}/plan/goals")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_crew_page_invites_shows_the_link_once_changes_parts_and_withdraws(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        const string page = "/min-plan/mannskap";

        var plan = await browser.GetStringAsync("/min-plan");
        var refused = await browser.PostFormAsync($"{page}?handler=Invite", new() { ["name"] = "Rita", ["email"] = "rita@" }, page);
        var invited = await browser.PostFormAsync($"{page}?handler=Invite",
            new() { ["name"] = "Rita <b>Venn</b>", ["email"] = Onboard.NewEmail("rita"), ["parts"] = "goals" }, page);

        plan.ShouldContain("Per Hansen");
        plan.ShouldContain("Koordinator");
        plan.ShouldContain("Kari Nordmann");
        plan.ShouldContain("href=\"/api/v1/me/export\"");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        refusedHtml.ShouldContain("Skriv en gyldig e-postadresse");
        refusedHtml.ShouldContain("Velg minst én del av planen.");
        refusedHtml.ShouldContain("value=\"Rita\"");
        invited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var invitedHtml = await invited.Content.ReadAsStringAsync();
        invitedHtml.ShouldContain("/registrer/");
        invitedHtml.ShouldContain("Rita &lt;b&gt;Venn&lt;/b&gt;");
        (await browser.GetStringAsync(page)).ShouldNotContain("/registrer/");

        var crew = await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync(Crew)).JsonAsync();
        var kari = crew.GetProperty("relatives").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Kari Nordmann").GetProperty("shareId").GetGuid();
        var changed = await browser.PostAsync($"{page}?handler=Parts&shareId={kari}", await FormAsync(browser, page, ("parts", "values"), ("parts", "meetings")));
        var withdrawn = await browser.PostFormAsync($"{page}?handler=Withdraw&shareId={kari}", new(), page);

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        changed.Headers.Location!.ToString().ShouldStartWith($"{page}?endret={kari}");
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetStringAsync(withdrawn.Headers.Location!.ToString());
        after.ShouldContain("Kari Nordmann ser ikke planen din lenger.");
        after.ShouldContain("Trukket tilbake");
        after.ShouldContain("Så: Verdiene mine, Møter om meg.");
    }

    private static IReadOnlyList<string?> Parts(JsonElement share) =>
        share.GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ToList();

    private static async Task<List<string>> Errors(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        var problem = await response.JsonAsync();
        return problem.GetProperty("errors").EnumerateObject().SelectMany(f => f.Value.EnumerateArray().Select(m => m.GetString()!)).ToList();
    }

    /// <summary>Every share and account, so a test can see that a refused request changed nothing.</summary>
    private static Task<string> SnapshotAsync(AppFactory app) => app.InDbAsync(async db =>
    {
        var shares = await db.RelativeShares.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Scopes}:{s.WithdrawnAt}").ToListAsync();
        var users = await db.Users.CountAsync();
        return string.Join("|", shares) + "|" + users;
    });

    /// <summary>A form with repeated fields (checkboxes), with the page's antiforgery token.</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient browser, string page, params (string Name, string Value)[] fields)
    {
        var html = await browser.GetStringAsync(page);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]);
    }
}
