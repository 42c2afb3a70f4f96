using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class DecisionTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_writes_a_shared_decision_and_its_review_date_is_the_plans_next_review(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var added = await person.PostAsJsonAsync("/api/v1/me/plan/decisions",
            new { question = "Skal jeg flytte?", options = "Bli\nFlytte nærmere Kari", whatMattersToMe = "Å ha det rolig", choice = "" });
        var decisionId = (await added.JsonAsync()).GetProperty("id").GetGuid();
        var changed = await person.PutAsJsonAsync($"/api/v1/me/plan/decisions/{decisionId}",
            new { question = "Skal jeg flytte?", options = "Bli\nFlytte nærmere Kari", whatMattersToMe = "Å ha det rolig", choice = "Flytte til våren", reviewOn = "2031-03-01", version = 1 });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var decisions = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("decisions").EnumerateArray().ToList();
        decisions.Count.ShouldBe(2);
        var mine = decisions.Single(d => d.GetProperty("id").GetGuid() == decisionId);
        mine.GetProperty("choice").GetString().ShouldBe("Flytte til våren");
        mine.GetProperty("reviewOn").GetString().ShouldBe("2031-03-01");
        mine.GetProperty("version").GetInt32().ShouldBe(2);
        (await PlanActivityRow.ReadAsync(app, personId))!.NextReviewOn.ShouldBe(new DateOnly(2031, 3, 1));
        (await Demo.AuditAsync(app)).Count(e => e.Action == "change" && e.ActorRole == "bruker" && e.Resource == $"plan/decisions/{decisionId}").ShouldBe(2);
        (await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/min-plan")).ShouldContain("2 samvalg, alle er bestemt.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_add_decisions_with_the_person_under_their_name_and_never_change_what_the_person_wrote(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var staff = await app.ApiAs(Clients.Demo("erfaringsmedarbeider"));
        var path = $"/api/v1/persons/{personId}/plan/decisions";
        var persons = (await person.PostAsJsonAsync("/api/v1/me/plan/decisions", new { question = "Mitt eget spørsmål" })).JsonAsync();

        var added = await staff.PostAsJsonAsync(path, new { question = "Skal vi prøve gruppetilbudet?", options = "Ja\nNei", reviewOn = "2031-06-01" });
        var decisionId = (await added.JsonAsync()).GetProperty("id").GetGuid();
        var changed = await staff.PutAsJsonAsync($"{path}/{decisionId}", new { question = "Skal vi prøve gruppetilbudet?", choice = "Prøve to ganger", version = 1 });
        var theirs = await staff.PutAsJsonAsync($"{path}/{(await persons).GetProperty("id").GetGuid()}", new { question = "Endret av ansatt", version = 1 });
        var contact = await (await app.ApiAs(Clients.Demo("recoverykontakt"))).PostAsJsonAsync(path, new { question = "Noe" });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await theirs.JsonAsync()).GetProperty("title").GetString().ShouldBe("Dette skrev personen selv. Bare personen kan endre det.");
        contact.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var seen = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("decisions").EnumerateArray().ToList();
        seen.ShouldContain(d => d.GetProperty("question").GetString() == "Mitt eget spørsmål");
        var written = seen.Single(d => d.GetProperty("id").GetGuid() == decisionId);
        written.GetProperty("choice").GetString().ShouldBe("Prøve to ganger");
        written.GetProperty("writtenBy").GetProperty("name").GetString().ShouldBe("Siri Olsen");
        (await PlanActivityRow.ReadAsync(app, personId))!.NextReviewOn.ShouldBe(new DateOnly(2031, 6, 1));
        var audit = await Demo.AuditAsync(app);
        audit.ShouldContain(e => e.Action == "change" && e.ActorRole == "erfaringsmedarbeider" && e.Resource == $"plan/decisions/{decisionId}");
        audit.ShouldContain(e => e.Action == "denied" && e.ActorRole == "recoverykontakt" && e.PersonId == personId);

        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var posted = await browser.PostFormAsync($"/personer/{personId}/plan?handler=Decision",
            new() { ["question"] = "Hvilken dag passer best?", ["whatMattersToMe"] = "Ikke mandager" }, $"/personer/{personId}/plan");
        var empty = await browser.PostFormAsync($"/personer/{personId}/plan?handler=Decision",
            new() { ["question"] = " ", ["options"] = "Beholdes" }, $"/personer/{personId}/plan");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var emptyPage = await empty.Content.ReadAsStringAsync();
        emptyPage.ShouldContain("Dette feltet må fylles ut.");
        emptyPage.ShouldContain("Beholdes");
        var html = await browser.GetStringAsync($"/personer/{personId}/plan");
        html.ShouldContain("Hvilken dag passer best?");
        html.ShouldContain("Skrevet av Per Hansen (Ansatt)");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_empty_question_a_bad_date_too_long_text_or_an_old_version_change_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var other = await app.ApiAs(Clients.Demo("bruker"));
        var before = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        var decisionId = before.GetProperty("decisions")[0].GetProperty("id").GetGuid();
        var naboDecision = await (await app.ApiAs(Clients.Nabo("bruker"))).PostAsJsonAsync("/api/v1/me/plan/decisions", new { question = "Nabo" });
        var naboId = (await naboDecision.JsonAsync()).GetProperty("id").GetGuid();

        var empty = await person.PostAsJsonAsync("/api/v1/me/plan/decisions", new { question = "  ", options = "Noe" });
        var badDate = await person.PostAsJsonAsync("/api/v1/me/plan/decisions", new { question = "Noe", reviewOn = "1. mai" });
        var tooLong = await person.PostAsJsonAsync("/api/v1/me/plan/decisions", new { question = new string('q', 501), choice = new string('c', 4001) });
        var otherTenant = await person.PutAsJsonAsync($"/api/v1/me/plan/decisions/{naboId}", new { question = "Mitt nå", version = 1 });

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.JsonAsync()).GetProperty("errors").GetProperty("question")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badDate.JsonAsync()).GetProperty("errors").GetProperty("reviewOn")[0].GetString()!.ShouldStartWith("Skriv datoen som år-måned-dag");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await tooLong.JsonAsync()).GetProperty("errors");
        errors.GetProperty("question")[0].GetString().ShouldBe("Teksten kan være høyst 500 tegn.");
        errors.GetProperty("choice")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherTenant.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke samvalget i planen.");
        JsonSerializer.Serialize(await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).ShouldBe(JsonSerializer.Serialize(before));

        (await person.PutAsJsonAsync($"/api/v1/me/plan/decisions/{decisionId}", new { question = "Fra telefonen", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var late = await other.PutAsJsonAsync($"/api/v1/me/plan/decisions/{decisionId}", new { question = "Fra PC-en", version = 1 });

        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.JsonAsync()).GetProperty("current").GetProperty("question").GetString().ShouldBe("Fra telefonen");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_decisions_page_adds_changes_and_keeps_refused_text(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        const string page = "/min-plan/samvalg";

        var added = await browser.PostFormAsync(page + "?handler=Add", new() { ["question"] = "Skal jeg begynne på kurs?", ["reviewOn"] = "2031-01-01" }, page);
        var refused = await browser.PostFormAsync(page + "?handler=Add", new() { ["question"] = "", ["whatMattersToMe"] = "Beholdes" }, page);
        var decisionId = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync())
            .GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("question").GetString() == "Skal jeg begynne på kurs?").GetProperty("id").GetGuid();
        var changed = await browser.PostFormAsync(page + "?handler=Edit",
            new() { ["decisionId"] = decisionId.ToString(), ["version"] = "1", ["question"] = "Skal jeg begynne på kurs?", ["choice"] = "Ja, til høsten" }, page);

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        refusedPage.ShouldContain("Dette feltet må fylles ut.");
        refusedPage.ShouldContain("Beholdes");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync(page)).ShouldContain("Ja, til høsten");
    }
}
