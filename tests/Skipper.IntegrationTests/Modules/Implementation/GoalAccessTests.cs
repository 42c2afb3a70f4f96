using System.Net;
using System.Net.Http.Json;
using Skipper.Web.Modules.Implementation.Goals.Data;

namespace Skipper.IntegrationTests.Modules.Implementation;

[Collection(AppsCollection.Name)]
public sealed class GoalAccessTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_section_leaders_write_the_section_goals_while_contacts_and_department_leaders_read_them(string provider)
    {
        var app = apps.For(provider);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var title = ImplementationKit.Unique("Felles fagdag om recovery");

        var added = await section.PostAsJsonAsync("/api/v1/section/goals", new { title, owner = "Seksjonsleder", status = "planned" });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var goal = await added.JsonAsync();
        var id = goal.GetProperty("id").GetGuid();
        goal.GetProperty("departmentId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var rows = await app.RowsAsync<RecoveryGoal>();

        var byContact = await contact.PostAsJsonAsync("/api/v1/section/goals", new { title = "Fra kontakten" });
        var byLeader = await leader.PutAsJsonAsync($"/api/v1/section/goals/{id}", new { title, status = "done", version = 1 });
        byContact.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byLeader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await byContact.JsonAsync()).GetProperty("title").GetString()!.ShouldStartWith("Bare seksjonsledere kan endre målene for hele seksjonen.");
        (await app.RowsAsync<RecoveryGoal>()).ShouldBe(rows);

        foreach (var reader in new[] { contact, leader })
        {
            var read = await (await reader.GetAsync("/api/v1/section/goals")).JsonAsync();
            read.GetProperty("canWrite").GetBoolean().ShouldBeFalse();
            read.GetProperty("name").GetString().ShouldBe("Seksjonen");
            read.GetProperty("goals").EnumerateArray().ShouldContain(g => g.GetProperty("title").GetString() == title);
        }
        (await (await section.PutAsJsonAsync($"/api/v1/section/goals/{id}", new { title, status = "ongoing", version = 1 })).JsonAsync())
            .GetProperty("status").GetString().ShouldBe("ongoing");

        var contactPage = await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).GetStringAsync("/avdeling/mal?avdeling=seksjonen");
        contactPage.ShouldContain(title);
        contactPage.ShouldContain("Seksjonslederne endrer dem.");
        contactPage.ShouldNotContain("name=\"title\"");
        var goalPage = await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetStringAsync($"/avdeling/mal/{id}");
        goalPage.ShouldContain(title);
        goalPage.ShouldNotContain("name=\"version\"");
        var sectionPage = await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync("/avdeling/mal");
        sectionPage.ShouldContain("Recoverymål: Seksjonen");
        sectionPage.ShouldContain("name=\"title\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_department_leader_of_one_department_gets_403_on_another_and_another_municipality_gets_404(string provider)
    {
        var app = apps.For(provider);
        var own = await app.DepartmentAsync("Psykisk helseteam");
        var other = await app.DepartmentAsync("Fagteam rus");
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var otherGoal = (await (await section.PostAsJsonAsync($"/api/v1/departments/{other}/goals", new { title = ImplementationKit.Unique("Ansette erfaringsmedarbeider") })).JsonAsync()).GetProperty("id").GetGuid();
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var nabo = await app.ApiAs(Clients.Nabo("avdelingsleder"));
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var rows = await app.RowsAsync<RecoveryGoal>();

        var read = await leader.GetAsync($"/api/v1/departments/{other}/goals");
        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await read.JsonAsync()).GetProperty("title").GetString().ShouldBe("Du kan bare arbeide med målene for din egen avdeling.");
        (await leader.PostAsJsonAsync($"/api/v1/departments/{other}/goals", new { title = "Inntrenger" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PutAsJsonAsync($"/api/v1/departments/{other}/goals/{otherGoal}", new { title = "Inntrenger", status = "done", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PutAsJsonAsync($"/api/v1/departments/{own}/goals/{otherGoal}", new { title = "Feil sted", status = "done", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await leader.GetAsync($"/api/v1/departments/{own}/goals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await section.GetAsync($"/api/v1/departments/{other}/goals")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await nabo.GetAsync($"/api/v1/departments/{own}/goals")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await nabo.PostAsJsonAsync($"/api/v1/departments/{own}/goals", new { title = "Nabo" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs(Clients.Nabo("seksjonsleder"))).PutAsJsonAsync($"/api/v1/section/goals/{otherGoal}", new { title = "Nabo", status = "done", version = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/api/v1/departments/{own}/goals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync("/api/v1/section/goals/status-table")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.RowsAsync<RecoveryGoal>()).ShouldBe(rows);

        var leaderBrowser = await app.BrowserAs(Clients.Demo("avdelingsleder"));
        var page = await leaderBrowser.GetAsync($"/avdeling/mal/{otherGoal}");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("403");
        (await (await app.BrowserAs(Clients.Nabo("seksjonsleder"))).GetAsync($"/avdeling/mal/{otherGoal}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
