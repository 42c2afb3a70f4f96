using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class PersonPlanTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_demo_person_has_a_small_plan_and_reading_it_is_not_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var plan = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();

        plan.GetProperty("whatMatters").GetProperty("whatMatters").GetString().ShouldNotBeNullOrEmpty();
        var goals = plan.GetProperty("goals").EnumerateArray().ToList();
        goals.Count.ShouldBe(3);
        goals.Count(g => g.GetProperty("status").GetString() == "reached").ShouldBe(1);
        goals.Sum(g => g.GetProperty("steps").GetArrayLength()).ShouldBeGreaterThanOrEqualTo(3);
        goals.SelectMany(g => g.GetProperty("steps").EnumerateArray()).ShouldContain(s => s.GetProperty("writtenBy").GetProperty("role").GetString() == "ansatt");
        (await Demo.AuditAsync(app)).ShouldNotContain(e => e.Resource.StartsWith("plan", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_writes_what_matters_goals_and_steps_and_every_write_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var saved = await person.PutAsJsonAsync("/api/v1/me/plan/what-matters", new { whatMatters = "<b>Familien</b>", dreams = "Hester", version = 1 });
        var goal = await person.PostAsJsonAsync("/api/v1/me/plan/goals", new { title = "Lære å sykle", description = "", whoHelps = "Broren min" });
        var goalId = (await goal.JsonAsync()).GetProperty("id").GetGuid();
        var step = await person.PostAsJsonAsync($"/api/v1/me/plan/goals/{goalId}/steps", new { text = "Kjøpe hjelm", dueDate = "2027-01-15" });
        var stepId = (await step.JsonAsync()).GetProperty("id").GetGuid();
        var done = await person.PutAsJsonAsync($"/api/v1/me/plan/goals/{goalId}/steps/{stepId}", new { text = "Kjøpe hjelm", dueDate = "2027-01-15", done = true, version = 1 });
        var reached = await person.PutAsJsonAsync($"/api/v1/me/plan/goals/{goalId}", new { title = "Lære å sykle", whoHelps = "Broren min", status = "reached", version = 1 });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        goal.StatusCode.ShouldBe(HttpStatusCode.Created);
        step.StatusCode.ShouldBe(HttpStatusCode.Created);
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        reached.StatusCode.ShouldBe(HttpStatusCode.OK);
        var plan = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        plan.GetProperty("whatMatters").GetProperty("whatMatters").GetString().ShouldBe("<b>Familien</b>");
        plan.GetProperty("whatMatters").GetProperty("version").GetInt32().ShouldBe(2);
        var mine = plan.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == goalId);
        mine.GetProperty("status").GetString().ShouldBe("reached");
        mine.GetProperty("steps")[0].GetProperty("done").GetBoolean().ShouldBeTrue();
        mine.GetProperty("steps")[0].GetProperty("dueDate").GetString().ShouldBe("2027-01-15");
        var changes = (await Demo.AuditAsync(app)).Where(e => e.Action == "change" && e.PersonId == personId).ToList();
        changes.Count.ShouldBe(5);
        changes.ShouldAllBe(e => e.ActorRole == "bruker");

        var page = await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/min-plan");
        page.ShouldContain("&lt;b&gt;Familien&lt;/b&gt;");
        page.ShouldContain("høyst 4000 tegn", Case.Insensitive);
        page.ShouldContain("Det har jeg fått til");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_gets_a_norwegian_problem_and_changes_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var before = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        var goalId = before.GetProperty("goals")[0].GetProperty("id").GetGuid();
        var naboGoal = (await (await (await app.ApiAs(Clients.Nabo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("goals")[0].GetProperty("id").GetGuid();

        var empty = await person.PostAsJsonAsync("/api/v1/me/plan/goals", new { title = "  " });
        var tooLong = await person.PutAsJsonAsync("/api/v1/me/plan/what-matters", new { whatMatters = new string('x', 4001), dreams = "", version = 1 });
        var badDate = await person.PostAsJsonAsync($"/api/v1/me/plan/goals/{goalId}/steps", new { text = "Noe", dueDate = "31.12.2026" });
        var badStatus = await person.PutAsJsonAsync($"/api/v1/me/plan/goals/{goalId}", new { title = "Noe", status = "done", version = 1 });
        var otherTenant = await person.PostAsJsonAsync($"/api/v1/me/plan/goals/{naboGoal}/steps", new { text = "Noe" });
        var otherTenantEdit = await person.PutAsJsonAsync($"/api/v1/me/plan/goals/{naboGoal}", new { title = "Mitt nå", version = 1 });

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.JsonAsync()).GetProperty("errors").GetProperty("title")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("whatMatters")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badDate.JsonAsync()).GetProperty("errors").GetProperty("dueDate")[0].GetString()!.ShouldStartWith("Skriv datoen som år-måned-dag");
        badStatus.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherTenant.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke målet i planen.");
        otherTenantEdit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var after = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        JsonSerializer.Serialize(after).ShouldBe(JsonSerializer.Serialize(before));
        var nabo = await (await (await app.ApiAs(Clients.Nabo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync();
        nabo.GetProperty("goals")[0].GetProperty("steps").EnumerateArray().ShouldNotContain(s => s.GetProperty("text").GetString() == "Noe");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_save_from_an_old_version_is_refused_with_the_newer_text(string provider)
    {
        using var app = new AppFactory(provider);
        var phone = await app.ApiAs(Clients.Demo("bruker"));
        var laptop = await app.ApiAs(Clients.Demo("bruker"));

        var first = await phone.PutAsJsonAsync("/api/v1/me/plan/what-matters", new { whatMatters = "Fra telefonen", dreams = "", version = 1 });
        var second = await laptop.PutAsJsonAsync("/api/v1/me/plan/what-matters", new { whatMatters = "Fra PC-en", dreams = "", version = 1 });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await second.JsonAsync();
        problem.GetProperty("title").GetString()!.ShouldStartWith("Noen lagret en nyere versjon");
        problem.GetProperty("current").GetProperty("whatMatters").GetString().ShouldBe("Fra telefonen");
        var plan = await (await laptop.GetAsync("/api/v1/me/plan")).JsonAsync();
        plan.GetProperty("whatMatters").GetProperty("whatMatters").GetString().ShouldBe("Fra telefonen");
        var goal = plan.GetProperty("goals")[0];
        var path = $"/api/v1/me/plan/goals/{goal.GetProperty("id").GetGuid()}";
        (await phone.PutAsJsonAsync(path, new { title = "Ny tittel", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await laptop.PutAsJsonAsync(path, new { title = "Annen tittel", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
