using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Modules.Feedback;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Modules.Community;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Community;

public sealed class RestartTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_person_whose_care_ended_asks_in_two_clicks_from_home_and_the_department_sees_it(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var departmentId = await RestartKit.DepartmentAsync(app);
        var person = await app.BrowserAs(Clients.Demo("bruker"));
        (await person.GetStringAsync("/hjem")).ShouldNotContain("Vil du starte igjen?");
        await RestartKit.EndCareAsync(app, personId);

        var home = await person.GetStringAsync("/hjem");
        home.ShouldContain("Vil du starte igjen?");
        home.ShouldContain("href=\"/start-igjen\"");
        (await person.GetStringAsync("/start-igjen")).ShouldContain("Be om å starte igjen");
        var sent = await person.PostFormAsync("/start-igjen", new() { ["message"] = "Ring meg gjerne etter klokka tolv." });

        sent.Location().ShouldBe("/start-igjen?sendt=true");
        var receipt = StaffKit.Text(await person.GetStringAsync("/start-igjen?sendt=true"));
        receipt.ShouldContain("Vi har sendt beskjed til avdelingen");
        receipt.ShouldContain("Ring meg gjerne etter klokka tolv.");
        var after = StaffKit.Text(await person.GetStringAsync("/hjem"));
        after.ShouldContain($"Forespørsel sendt {StaffKit.Today:dd.MM.yyyy}.");
        after.ShouldNotContain("Vil du starte igjen?");
        var stored = (await RestartKit.StoredAsync(app)).ShouldHaveSingleItem();
        stored.PersonId.ShouldBe(personId);
        stored.DepartmentId.ShouldBe(departmentId);
        stored.EndedEpisodeId.ShouldNotBeNull();

        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var row = (await RestartKit.DepartmentListAsync(leader, departmentId)).EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("personName").GetString().ShouldBe("Ola Nordmann");
        row.GetProperty("message").GetString().ShouldBe("Ring meg gjerne etter klokka tolv.");
        row.GetProperty("firstContactAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var page = StaffKit.Text(await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetStringAsync("/avdeling/start-igjen"));
        page.ShouldContain("Ola Nordmann");
        page.ShouldContain("Ring meg gjerne etter klokka tolv.");
        (await Demo.AuditAsync(app)).Count(e => e.Action == "list" && e.ActorRole == "avdelingsleder" && e.Subjects.Contains(personId.ToString("N")) && e.Resource == $"community/restart/departments/{departmentId}").ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_the_leader_and_staff_serving_the_person_see_who_asked(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var departmentId = await RestartKit.DepartmentAsync(app);
        var tenantId = await RestartKit.TenantOfAsync(app, personId);
        await RestartKit.EndCareAsync(app, personId);
        (await (await app.ApiAs(Clients.Demo("bruker"))).PostAsJsonAsync("/api/v1/me/restart", new { message = "Ring meg på mandag" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var serving = (await RestartKit.DepartmentListAsync(await app.ApiAs(Clients.Demo("erfaringsmedarbeider")), departmentId)).EnumerateArray().Single();
        var colleagueEmail = await app.CreateAccountAsync("ansatt", new Municipality(tenantId, departmentId));
        var colleague = await app.ApiAs(colleagueEmail);
        var unnamed = (await RestartKit.DepartmentListAsync(colleague, departmentId)).EnumerateArray().Single();
        var otherDepartment = await app.ApiAs(await app.CreateAccountAsync("ansatt", await OtherDepartmentAsync(app, tenantId, departmentId)));
        var notMine = await otherDepartment.GetAsync($"/api/v1/departments/{departmentId}/restart-requests");
        var relative = await (await app.ApiAs(Clients.Demo("parorende"))).GetAsync($"/api/v1/departments/{departmentId}/restart-requests");

        serving.GetProperty("personName").GetString().ShouldBe("Ola Nordmann");
        unnamed.GetProperty("personName").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        unnamed.GetProperty("personId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        unnamed.GetProperty("message").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        unnamed.GetProperty("daysWaited").GetInt32().ShouldBe(0);
        var page = StaffKit.Text(await (await app.BrowserAs(colleagueEmail)).GetStringAsync("/avdeling/start-igjen"));
        page.ShouldContain("En person");
        page.ShouldNotContain("Ola Nordmann");
        page.ShouldNotContain("Ring meg på mandag");
        notMine.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        relative.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Taking the request on: the colleague who does not know the person may not; the peer worker may, once.
        var version = serving.GetProperty("version").GetInt32();
        var path = $"/api/v1/departments/{departmentId}/restart-requests/{serving.GetProperty("id").GetGuid()}/take";
        (await colleague.PostAsJsonAsync(path, new { version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var peer = await app.ApiAs(Clients.Demo("erfaringsmedarbeider"));
        (await peer.PostAsJsonAsync(path, new { version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await peer.PostAsJsonAsync(path, new { version })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var receipt = StaffKit.Text(await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/start-igjen"));
        receipt.ShouldContain("i avdelingen tok imot forespørselen");
        var audit = await Demo.AuditAsync(app);
        audit.ShouldContain(e => e.Action == "list" && e.ActorRole == "ansatt" && e.ActorName == "Test ansatt" && e.Subjects.Contains(personId.ToString("N")));
        audit.ShouldContain(e => e.Action == "change" && e.ActorRole == "erfaringsmedarbeider" && e.PersonId == personId && e.Resource.StartsWith("community/restart/", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Asking_while_in_care_twice_or_with_a_long_message_is_refused_and_changes_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var inCare = await person.PostAsJsonAsync("/api/v1/me/restart", new { });
        inCare.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await inCare.JsonAsync()).GetProperty("title").GetString()!.ShouldStartWith("Du har ingen avsluttet oppfølging");
        await RestartKit.EndCareAsync(app, personId);
        var tooLong = await person.PostAsJsonAsync("/api/v1/me/restart", new { message = new string('x', 1001) });
        var first = await person.PostAsJsonAsync("/api/v1/me/restart", new { message = (string?)null });
        var second = await person.PostAsJsonAsync("/api/v1/me/restart", new { message = "En gang til" });
        var staff = await (await app.ApiAs(Clients.Demo("ansatt"))).PostAsJsonAsync("/api/v1/me/restart", new { });

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("message")[0].GetString()!.ShouldContain("1000");
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await first.JsonAsync()).GetProperty("message").GetString().ShouldBe("");
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.JsonAsync()).GetProperty("title").GetString()!.ShouldContain("allerede bedt om å starte igjen");
        staff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RestartKit.StoredAsync(app)).ShouldHaveSingleItem().Message.ShouldBe("");
        var page = await (await app.BrowserAs(Clients.Demo("bruker"))).PostFormAsync("/start-igjen", new() { ["message"] = "Igjen" });
        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await RestartKit.StoredAsync(app)).Count.ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_municipalitys_department_is_not_found(string provider)
    {
        using var app = new AppFactory(provider);
        var naboDepartment = (await (await (await app.ApiAs(Clients.Nabo("avdelingsleder"))).GetAsync("/api/v1/me")).JsonAsync())
            .GetProperty("department").GetProperty("id").GetGuid();
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));

        (await leader.GetAsync($"/api/v1/departments/{naboDepartment}/restart-requests")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await leader.PostAsJsonAsync($"/api/v1/departments/{naboDepartment}/restart-requests/{Guid.NewGuid()}/take", new { version = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RestartKit.DepartmentListAsync(leader, await RestartKit.DepartmentAsync(app))).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_session_after_the_request_is_its_first_contact_and_feeds_the_waiting_times(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var departmentId = await RestartKit.DepartmentAsync(app);
        await RestartKit.EndCareAsync(app, personId);
        (await (await app.ApiAs(Clients.Demo("bruker"))).PostAsJsonAsync("/api/v1/me/restart", new { })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        (await RestartKit.DepartmentListAsync(leader, departmentId))[0].GetProperty("daysToFirstContact").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        await FeedbackKit.StartSessionAsync(await app.ApiAs(Clients.Demo("ansatt")), personId);
        var row = (await RestartKit.DepartmentListAsync(leader, departmentId))[0];

        row.GetProperty("firstContactKind").GetString().ShouldBe("session");
        row.GetProperty("daysToFirstContact").GetInt32().ShouldBe(0);
        var stored = (await RestartKit.StoredAsync(app)).ShouldHaveSingleItem();
        stored.FirstContactAt.ShouldNotBeNull();
        stored.FirstContactAt.Value.ShouldBeGreaterThanOrEqualTo(stored.RequestedAt);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(await RestartKit.TenantOfAsync(app, personId));
        var waits = await scope.ServiceProvider.GetRequiredService<IRestartWaits>().ForDepartmentAsync(departmentId, StaffKit.Today.AddDays(-1), StaffKit.Today);
        waits.ShouldHaveSingleItem().DaysToFirstContact.ShouldBe(0);
        waits[0].FirstContactAt.ShouldBe(stored.FirstContactAt);
        // Earlier days hold only the demo population's requests, none of them this one.
        (await scope.ServiceProvider.GetRequiredService<IRestartWaits>().ForDepartmentAsync(departmentId, StaffKit.Today.AddDays(-10), StaffKit.Today.AddDays(-1)))
            .ShouldNotContain(w => w.RequestedAt == stored.RequestedAt);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_meeting_counts_as_first_contact_and_the_export_holds_the_request(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        await RestartKit.EndCareAsync(app, personId);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        (await person.PostAsJsonAsync("/api/v1/me/restart", new { message = "Kan vi møtes?" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var meeting = await (await app.ApiAs(Clients.Demo("ansatt"))).PostAsJsonAsync($"/api/v1/persons/{personId}/plan/meetings",
            new { date = StaffKit.Today.ToString("yyyy-MM-dd"), participants = "Ola og Per", personAttended = true });
        meeting.StatusCode.ShouldBe(HttpStatusCode.Created);

        var export = (await (await person.GetAsync("/api/v1/me/export")).JsonAsync()).GetProperty("restartRequests");

        var exported = export.EnumerateArray().ShouldHaveSingleItem();
        exported.GetProperty("message").GetString().ShouldBe("Kan vi møtes?");
        exported.GetProperty("firstContactKind").GetString().ShouldBe("meeting");
        exported.GetProperty("daysToFirstContact").GetInt32().ShouldBe(0);
        // Met but still not back in care: the person may ask again.
        (await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/hjem")).ShouldContain("Vil du starte igjen?");
    }

    private static async Task<Municipality> OtherDepartmentAsync(AppFactory app, Guid tenantId, Guid departmentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Skipper.Web.Platform.Data.AppDbContext>();
        var other = db.Departments.IgnoreQueryFilters().First(d => d.TenantId == tenantId && d.Id != departmentId);
        return new Municipality(tenantId, other.Id);
    }
}
