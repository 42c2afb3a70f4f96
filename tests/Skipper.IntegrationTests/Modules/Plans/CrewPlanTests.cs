using System.Net;
using System.Net.Http.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class CrewPlanTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_suggest_goals_that_the_person_accepts_rewrites_or_declines(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var path = $"/api/v1/persons/{personId}/plan/goals";

        var ids = new List<Guid>();
        foreach (var title in new[] { "Komme i jobb", "Trene mer", "Flytte" })
        {
            var proposed = await staff.PostAsJsonAsync(path, new { title, description = "Et forslag" });
            proposed.StatusCode.ShouldBe(HttpStatusCode.Created);
            ids.Add((await proposed.JsonAsync()).GetProperty("id").GetGuid());
        }
        var pending = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        pending.GetProperty("goals").EnumerateArray().ShouldNotContain(g => ids.Contains(g.GetProperty("id").GetGuid()));
        var suggestion = pending.GetProperty("proposals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == ids[0]);
        suggestion.GetProperty("writtenBy").GetProperty("name").GetString().ShouldBe("Per Hansen");
        suggestion.GetProperty("writtenBy").GetProperty("role").GetString().ShouldBe("ansatt");

        (await person.PostAsJsonAsync($"/api/v1/me/plan/goals/{ids[0]}/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.PostAsJsonAsync($"/api/v1/me/plan/goals/{ids[1]}/accept", new { title = "Gå på trening med Ali" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.PostAsync($"/api/v1/me/plan/goals/{ids[2]}/decline", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.PostAsync($"/api/v1/me/plan/goals/{ids[2]}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var plan = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        var goals = plan.GetProperty("goals").EnumerateArray().ToList();
        goals.Single(g => g.GetProperty("id").GetGuid() == ids[0]).GetProperty("origin").GetString().ShouldBe("accepted");
        var rewritten = goals.Single(g => g.GetProperty("id").GetGuid() == ids[1]);
        rewritten.GetProperty("origin").GetString().ShouldBe("rewritten");
        rewritten.GetProperty("title").GetString().ShouldBe("Gå på trening med Ali");
        goals.ShouldNotContain(g => g.GetProperty("id").GetGuid() == ids[2]);
        plan.GetProperty("proposals").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_add_steps_under_their_name_but_cannot_change_what_the_person_wrote(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("erfaringsmedarbeider"));
        var plan = await (await staff.GetAsync($"/api/v1/persons/{personId}/plan")).JsonAsync();
        var goalId = plan.GetProperty("goals")[0].GetProperty("id").GetGuid();

        var step = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/plan/goals/{goalId}/steps", new { text = "Ringe turgruppa sammen" });
        var change = await staff.PutAsJsonAsync($"/api/v1/me/plan/goals/{goalId}", new { title = "Noe annet", version = 1 });
        var whatMatters = await staff.PutAsJsonAsync("/api/v1/me/plan/what-matters", new { whatMatters = "Noe annet", version = 1 });

        step.StatusCode.ShouldBe(HttpStatusCode.Created);
        change.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        whatMatters.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var seen = await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync();
        var added = seen.GetProperty("goals")[0].GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("text").GetString() == "Ringe turgruppa sammen");
        added.GetProperty("writtenBy").GetProperty("name").GetString().ShouldBe("Siri Olsen");
        added.GetProperty("writtenBy").GetProperty("role").GetString().ShouldBe("erfaringsmedarbeider");
        var audit = await Demo.AuditAsync(app);
        audit.ShouldContain(e => e.Action == "read" && e.PersonId == personId && e.ActorRole == "erfaringsmedarbeider" && e.Resource == "plan");
        audit.ShouldContain(e => e.Action == "change" && e.PersonId == personId && e.ActorRole == "erfaringsmedarbeider");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_without_a_relation_get_404_and_the_attempt_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var naboStaff = await app.ApiAs(Clients.Nabo("ansatt"));

        var read = await contact.GetAsync($"/api/v1/persons/{personId}/plan");
        var propose = await contact.PostAsJsonAsync($"/api/v1/persons/{personId}/plan/goals", new { title = "Noe" });
        var otherTenant = await naboStaff.GetAsync($"/api/v1/persons/{personId}/plan");
        var page = await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).GetAsync($"/personer/{personId}/plan");

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        propose.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var audit = await Demo.AuditAsync(app);
        audit.Count(e => e.Action == "denied" && e.PersonId == personId && e.ActorRole == "recoverykontakt").ShouldBeGreaterThanOrEqualTo(3);
        audit.ShouldContain(e => e.Action == "not-found" && e.ActorRole == "ansatt");
        (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("proposals").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_read_the_plan_page_with_who_wrote_what(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));

        var page = await staff.GetStringAsync($"/personer/{personId}/plan");
        var proposed = await staff.PostFormAsync($"/personer/{personId}/plan?handler=Propose",
            new() { ["title"] = "Prøve kafeen på fredag" }, formPage: $"/personer/{personId}/plan");

        page.ShouldContain("Planen til Ola Nordmann");
        page.ShouldContain("Skrevet av Per Hansen");
        proposed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var person = await app.BrowserAs(Clients.Demo("bruker"));
        var mine = await person.GetStringAsync("/min-plan");
        mine.ShouldContain("Prøve kafeen på fredag");
        mine.ShouldContain("Foreslått av Per Hansen");
        var proposal = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("proposals")[0].GetProperty("id").GetGuid();
        var rewritten = await person.PostFormAsync("/min-plan?handler=Answer",
            new() { ["goalId"] = proposal.ToString(), ["answer"] = "rewrite", ["title"] = "Gå på kafé med Siri" }, "/min-plan");
        rewritten.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await person.GetStringAsync("/min-plan");
        after.ShouldContain("Gå på kafé med Siri");
        after.ShouldContain("Du skrev om et forslag fra Per Hansen.");
    }
}
