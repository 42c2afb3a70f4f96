using System.Net;
using System.Net.Http.Json;
using Skipper.Web.Modules.Implementation.Goals.Data;

namespace Skipper.IntegrationTests.Modules.Implementation;

[Collection(AppsCollection.Name)]
public sealed class GoalHistoryTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Goal_history_records_each_change_of_status_or_comment_with_who_and_when(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var contactId = (await app.FindAccountAsync(Clients.Demo("recoverykontakt"))).Id;
        var department = await app.DepartmentAsync("Psykisk helseteam");
        var title = ImplementationKit.Unique("Brukerråd i avdelingen");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var added = await contact.PostAsJsonAsync($"/api/v1/departments/{department}/goals",
            new { title, owner = "Avdelingsleder", dueOn = "2027-03-31", comment = "Starter i januar." });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var goal = await added.JsonAsync();
        goal.GetProperty("status").GetString().ShouldBe("planned");
        goal.GetProperty("version").GetInt32().ShouldBe(1);
        var id = goal.GetProperty("id").GetGuid();
        var url = $"/api/v1/departments/{department}/goals/{id}";

        var started = await contact.PutAsJsonAsync(url, new { title, owner = "Avdelingsleder", dueOn = "2027-03-31", status = "ongoing", comment = "Første møte holdt.", version = 1 });
        var renamed = await contact.PutAsJsonAsync(url, new { title = title + " (nytt navn)", owner = "Anne", dueOn = "2027-03-31", status = "ongoing", comment = "Første møte holdt.", version = 2 });
        var commented = await contact.PutAsJsonAsync(url, new { title, owner = "Anne", status = "ongoing", comment = "Andre møte holdt.", version = 3 });
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        new[] { started, renamed, commented }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var history = (await commented.JsonAsync()).GetProperty("history").EnumerateArray().ToList();
        history.Count.ShouldBe(3, "a new title or owner alone is no line in the minutes");
        history.Select(e => e.GetProperty("comment").GetString()).ShouldBe(["Andre møte holdt.", "Første møte holdt.", "Starter i januar."]);
        history.Select(e => e.GetProperty("newStatus").GetString()).ShouldBe(["ongoing", "ongoing", "planned"]);
        history[1].GetProperty("oldStatus").GetString().ShouldBe("planned");
        history[2].GetProperty("oldStatus").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        history.ShouldAllBe(e => e.GetProperty("byName").GetString() == "Anne Larsen" && e.GetProperty("byUserId").GetGuid() == contactId);
        history.ShouldAllBe(e => e.GetProperty("at").GetDateTimeOffset() >= before && e.GetProperty("at").GetDateTimeOffset() <= after);

        var page = await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetStringAsync($"/avdeling/mal/{id}");
        page.ShouldContain("Status endret fra Planlagt til Pågår.");
        page.ShouldContain("Ny kommentar. Status er fortsatt Pågår.");
        page.ShouldContain("Anne Larsen");
        var listed = await (await contact.GetAsync($"/api/v1/departments/{department}/goals")).JsonAsync();
        listed.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == id)
            .GetProperty("history").GetArrayLength().ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_edit_from_an_older_version_gets_409_and_changes_nothing(string provider)
    {
        var app = apps.For(provider);
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var department = await app.DepartmentAsync("Psykisk helseteam");
        var title = ImplementationKit.Unique("Turgruppe");
        var id = (await (await leader.PostAsJsonAsync($"/api/v1/departments/{department}/goals", new { title, status = "notStarted" })).JsonAsync()).GetProperty("id").GetGuid();
        var url = $"/api/v1/departments/{department}/goals/{id}";
        (await leader.PutAsJsonAsync(url, new { title, status = "ongoing", comment = "Første tur gikk fint.", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var entries = await app.RowsAsync<RecoveryGoalEntry>();

        var stale = await leader.PutAsJsonAsync(url, new { title, status = "dropped", comment = "Fra et gammelt skjema.", version = 1 });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await stale.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Noen lagret en nyere versjon mens du skrev. Ingenting er overskrevet.");
        problem.GetProperty("current").GetProperty("version").GetInt32().ShouldBe(2);
        problem.GetProperty("current").GetProperty("status").GetString().ShouldBe("ongoing");
        (await app.RowsAsync<RecoveryGoalEntry>()).ShouldBe(entries);

        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var form = await browser.PostFormAsync($"/avdeling/mal/{id}", new() { ["title"] = title, ["status"] = "done", ["comment"] = "Gammel", ["version"] = "1" });
        form.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = await form.Content.ReadAsStringAsync();
        shown.ShouldContain("Noen lagret en nyere versjon");
        shown.ShouldContain("name=\"version\" value=\"2\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_goal_without_a_title_an_unknown_status_or_an_impossible_due_date_is_refused_in_norwegian_and_nothing_changes(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var department = await app.DepartmentAsync("Psykisk helseteam");
        var goals = $"/api/v1/departments/{department}/goals";
        var rows = await app.RowsAsync<RecoveryGoal>();

        var noTitle = await contact.PostAsJsonAsync(goals, new { title = "  ", status = "planned" });
        var badStatus = await contact.PostAsJsonAsync(goals, new { title = "Mål", status = "finished" });
        var badFormat = await contact.PostAsJsonAsync(goals, new { title = "Mål", dueOn = "31.12.2026" });
        var noSuchDay = await contact.PostAsJsonAsync(goals, new { title = "Mål", dueOn = "2026-02-30" });

        new[] { noTitle, badStatus, badFormat, noSuchDay }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        var noTitleProblem = await noTitle.JsonAsync();
        noTitleProblem.GetProperty("errors").GetProperty("title")[0].GetString().ShouldBe("Skriv hva målet er. Tittelen må fylles ut.");
        (await badStatus.JsonAsync()).GetProperty("errors").GetProperty("status")[0].GetString()!.ShouldStartWith("Statusen finnes ikke.");
        (await badFormat.JsonAsync()).GetProperty("errors").GetProperty("dueOn")[0].GetString().ShouldBe("Skriv datoen som år-måned-dag, for eksempel 2026-03-31.");
        (await noSuchDay.JsonAsync()).GetProperty("errors").GetProperty("dueOn")[0].GetString()!.ShouldContain("år-måned-dag");
        noTitleProblem.GetProperty("title").GetString().ShouldBe("Noe må rettes før vi kan lagre. Ingenting er endret.");
        (await app.RowsAsync<RecoveryGoal>()).ShouldBe(rows);

        var title = ImplementationKit.Unique("Fagdag om egenerfaring");
        var id = (await (await contact.PostAsJsonAsync(goals, new { title })).JsonAsync()).GetProperty("id").GetGuid();
        var refused = await contact.PutAsJsonAsync($"{goals}/{id}", new { title = "", status = "someday", dueOn = "2026-13-01", version = 1 });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.JsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ShouldBe(["dueOn", "status", "title"]);
        var stored = (await (await contact.GetAsync(goals)).JsonAsync()).GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == id);
        stored.GetProperty("title").GetString().ShouldBe(title);
        stored.GetProperty("version").GetInt32().ShouldBe(1);

        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var page = await browser.PostFormAsync("/avdeling/mal", new() { ["avdeling"] = department.ToString(), ["title"] = "", ["owner"] = "Per i teamet", ["status"] = "planned" }, $"/avdeling/mal?avdeling={department}");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Skriv hva målet er. Tittelen må fylles ut.");
        html.ShouldContain("value=\"Per i teamet\"");
    }
}
