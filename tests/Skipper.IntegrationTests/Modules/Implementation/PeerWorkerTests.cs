using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.Web.Modules.Implementation.PeerWorkers.Data;
using Skipper.Web.Platform.Identity;
using static Skipper.IntegrationTests.Modules.Implementation.ImplementationKit;

namespace Skipper.IntegrationTests.Modules.Implementation;

[Collection(AppsCollection.Name)]
public sealed class PeerWorkerTests(Apps apps)
{
    private static object Position(object percent, string start = "2025-01-01", string? end = null, string kind = "permanent") =>
        new { percent, kind, startOn = start, endOn = end, label = "Erfaringskonsulent" };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_percentage_outside_0_to_100_or_an_end_before_the_start_is_refused_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var leader = await app.ApiAs(await app.CreateAccountAsync(Roles.DepartmentLeader, department));
        var positions = $"/api/v1/departments/{department.DepartmentId}/peer-positions";

        foreach (var percent in new object[] { -10, 0, 100.5, 150 })
        {
            var refused = await leader.PostAsJsonAsync(positions, Position(percent));
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{percent}");
            (await refused.JsonAsync()).GetProperty("errors").GetProperty("percent")[0].GetString().ShouldBe("Stillingsprosenten må være over 0 og høyst 100.");
        }
        var backwards = await leader.PostAsJsonAsync(positions, Position(50, "2025-05-01", "2025-04-30"));
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.JsonAsync()).GetProperty("errors").GetProperty("endOn")[0].GetString().ShouldBe("Siste dag kan ikke være før første dag.");
        var badKind = await leader.PostAsJsonAsync(positions, Position(50, kind: "volunteer"));
        (await badKind.JsonAsync()).GetProperty("errors").GetProperty("kind")[0].GetString().ShouldBe("Velg fast, prosjekt eller praksis/trainee.");
        (await CountAsync<PeerPosition>(app, q => q.Where(p => p.DepartmentId == department.DepartmentId))).ShouldBe(0);

        var created = await (await leader.PostAsJsonAsync(positions, Position(100))).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var over = await leader.PutAsJsonAsync($"{positions}/{id}", new { percent = 101, kind = "permanent", startOn = "2025-01-01", version = 1 });
        over.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stale = await leader.PutAsJsonAsync($"{positions}/{id}", new { percent = 50, kind = "permanent", startOn = "2025-01-01", version = 0 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var ended = await leader.PutAsJsonAsync($"{positions}/{id}", new { percent = 100, kind = "permanent", startOn = "2025-01-01", endOn = "2025-12-31", version = 1 });
        ended.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ended.JsonAsync()).GetProperty("endOn").GetString().ShouldBe("2025-12-31");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Count_and_fte_on_a_day_meet_the_target_of_that_year_or_the_next_and_the_section_adds_up(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var positions = $"/api/v1/departments/{department.DepartmentId}/peer-positions";
        var targets = $"/api/v1/departments/{department.DepartmentId}/peer-targets";
        (await section.PostAsJsonAsync(positions, Position(100, "2024-01-01"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await section.PostAsJsonAsync(positions, Position(50, "2024-06-01", "2025-03-31", "project"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await section.PostAsJsonAsync(positions, Position(20, "2025-01-01", kind: "trainee"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await section.PostAsJsonAsync(targets, new { year = 2025, positions = 3, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await section.PostAsJsonAsync(targets, new { year = 2027, fte = 2.0, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await section.PostAsJsonAsync("/api/v1/section/peer-targets", new { year = 2091, positions = 40, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        async Task<List<JsonElement>> OnAsync(string day) =>
            (await (await section.GetAsync($"/api/v1/section/peer-workforce?on={day}")).JsonAsync()).EnumerateArray().ToList();
        JsonElement Row(List<JsonElement> rows, Guid? id) => rows.Single(r => id is null
            ? r.GetProperty("departmentId").ValueKind == JsonValueKind.Null
            : r.GetProperty("departmentId").ValueKind != JsonValueKind.Null && r.GetProperty("departmentId").GetGuid() == id);

        var lastDay = Row(await OnAsync("2025-03-31"), department.DepartmentId);
        lastDay.GetProperty("positions").GetInt32().ShouldBe(3);
        lastDay.GetProperty("fte").GetDouble().ShouldBe(1.7, 1e-9);
        lastDay.GetProperty("target").GetProperty("year").GetInt32().ShouldBe(2025);
        lastDay.GetProperty("target").GetProperty("positions").GetInt32().ShouldBe(3);

        var dayAfter = Row(await OnAsync("2025-04-01"), department.DepartmentId);
        dayAfter.GetProperty("positions").GetInt32().ShouldBe(2);
        dayAfter.GetProperty("fte").GetDouble().ShouldBe(1.2, 1e-9);

        var between = Row(await OnAsync("2026-02-01"), department.DepartmentId);
        between.GetProperty("target").GetProperty("year").GetInt32().ShouldBe(2027);
        between.GetProperty("target").GetProperty("fte").GetDouble().ShouldBe(2.0);
        between.GetProperty("target").GetProperty("positions").ValueKind.ShouldBe(JsonValueKind.Null);
        Row(await OnAsync("2028-01-01"), department.DepartmentId).GetProperty("target").ValueKind.ShouldBe(JsonValueKind.Null);

        var far = await OnAsync("2090-06-01");
        var sectionRow = Row(far, null);
        var departmentRows = far.Where(r => r.GetProperty("departmentId").ValueKind != JsonValueKind.Null).ToList();
        sectionRow.GetProperty("positions").GetInt32().ShouldBe(departmentRows.Sum(r => r.GetProperty("positions").GetInt32()));
        sectionRow.GetProperty("fte").GetDouble().ShouldBe(departmentRows.Sum(r => r.GetProperty("fte").GetDouble()), 1e-9);
        sectionRow.GetProperty("target").GetProperty("year").GetInt32().ShouldBe(2091);
        sectionRow.GetProperty("target").GetProperty("positions").GetInt32().ShouldBe(40);
        Row(far, department.DepartmentId).GetProperty("positions").GetInt32().ShouldBe(2);

        var bad = await section.GetAsync("/api/v1/section/peer-workforce?on=31.12.2025");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync($"/avdeling/erfaringsmedarbeidere?avdeling={department.DepartmentId}");
        page.ShouldContain("<svg class=\"chart-svg\"");
        page.ShouldContain("2027");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Leaders_write_their_own_department_contacts_read_and_section_targets_are_for_section_leaders(string provider)
    {
        var app = apps.For(provider);
        var department = await NewDepartmentAsync(app);
        var own = (await app.FindAccountAsync(Clients.Demo("avdelingsleder"))).DepartmentId!.Value;
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var neighbour = await app.ApiAs(Clients.Nabo("seksjonsleder"));

        (await leader.PostAsJsonAsync($"/api/v1/departments/{own}/peer-positions", Position(40))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await leader.PostAsJsonAsync($"/api/v1/departments/{department.DepartmentId}/peer-positions", Position(40))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.GetAsync($"/api/v1/departments/{department.DepartmentId}/peer-positions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await contact.GetAsync($"/api/v1/departments/{own}/peer-positions")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await contact.GetAsync($"/api/v1/departments/{own}/peer-targets")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await contact.PostAsJsonAsync($"/api/v1/departments/{own}/peer-positions", Position(40))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await contact.PostAsJsonAsync($"/api/v1/departments/{own}/peer-targets", new { year = 2030, positions = 2 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var sectionTarget = await leader.PostAsJsonAsync("/api/v1/section/peer-targets", new { year = 2030, positions = 9, version = 0 });
        sectionTarget.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TitleAsync(sectionTarget)).ShouldBe("Bare seksjonsledere kan se og sette mål for hele seksjonen.");
        (await leader.GetAsync("/api/v1/section/peer-workforce")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await contact.GetAsync("/api/v1/section/peer-workforce")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await neighbour.GetAsync($"/api/v1/departments/{own}/peer-positions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsJsonAsync($"/api/v1/departments/{own}/peer-positions", Position(40))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var role in new[] { "ansatt", "bruker", "admin" })
        {
            (await (await app.ApiAs(Clients.Demo(role))).GetAsync($"/api/v1/departments/{own}/peer-positions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }

        var target = $"/api/v1/departments/{own}/peer-targets";
        var none = await leader.PostAsJsonAsync(target, new { year = 2031, version = 0 });
        (await none.JsonAsync()).GetProperty("errors").GetProperty("positions")[0].GetString().ShouldBe("Skriv et mål for antall stillinger, årsverk eller begge.");
        (await leader.PostAsJsonAsync(target, new { year = 2031, positions = 5, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leader.PostAsJsonAsync(target, new { year = 2031, positions = 6, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var changed = await (await leader.PostAsJsonAsync(target, new { year = 2031, positions = 6, fte = 4.5, version = 1 })).JsonAsync();
        changed.GetProperty("positions").GetInt32().ShouldBe(6);
        changed.GetProperty("version").GetInt32().ShouldBe(2);

        var contactPage = await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).GetStringAsync("/avdeling/erfaringsmedarbeidere");
        contactPage.ShouldNotContain("Legg til stilling");
        var contactBrowser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var posted = await contactBrowser.PostFormAsync("/avdeling/erfaringsmedarbeidere?handler=Position", new() { ["percent"] = "50", ["kind"] = "permanent", ["startOn"] = "2025-01-01" }, "/avdeling/erfaringsmedarbeidere");
        posted.Headers.Location!.ToString().ShouldContain("/feil/403");
    }
}
