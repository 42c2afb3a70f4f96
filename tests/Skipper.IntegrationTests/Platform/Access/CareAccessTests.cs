using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Skipper.IntegrationTests.Platform.Access;

public sealed class CareAccessTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_with_a_relation_read_the_person_and_the_read_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("erfaringsmedarbeider"));

        var response = await staff.GetAsync($"/api/v1/persons/{person}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("access").GetString().ShouldBe("careRelation");
        body.GetProperty("responsibilityGroup").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldBe(["Per Hansen", "Siri Olsen"]);
        var read = (await Demo.AuditAsync(app)).Single(e => e.Action == "read");
        read.PersonId.ShouldBe(person);
        read.ActorRole.ShouldBe("erfaringsmedarbeider");
        read.ActorName.ShouldBe("Siri Olsen");
        read.Emergency.ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_without_a_relation_are_refused_and_the_attempt_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));

        var response = await contact.GetAsync($"/api/v1/persons/{person}");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Du har ikke tilgang til denne personen");
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "denied" && e.PersonId == person);
        (await (await contact.GetAsync("/api/v1/caseload")).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_ended_relation_gives_no_access_from_the_next_request(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        var department = await Demo.LeaderDepartmentAsync(app);
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        (await staff.GetAsync($"/api/v1/persons/{person}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var relations = await (await leader.GetAsync($"/api/v1/departments/{department}/care-relations")).JsonAsync();
        var relation = relations.EnumerateArray().Single(r => r.GetProperty("staffName").GetString() == "Per Hansen").GetProperty("id").GetGuid();

        var ended = await leader.DeleteAsync($"/api/v1/departments/{department}/care-relations/{relation}");

        ended.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetAsync($"/api/v1/persons/{person}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await staff.GetAsync("/api/v1/caseload")).JsonAsync()).GetArrayLength().ShouldBe(0);
        var again = await leader.DeleteAsync($"/api/v1/departments/{department}/care-relations/{relation}");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "care-relation-ended" && e.PersonId == person);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_leader_starts_a_relation_with_a_coordinator_and_bad_requests_change_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        var department = await Demo.LeaderDepartmentAsync(app);
        var contactId = await Demo.UserIdAsync(app, Clients.Demo("recoverykontakt"));
        var leaderId = await Demo.UserIdAsync(app, Clients.Demo("avdelingsleder"));
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var path = $"/api/v1/departments/{department}/care-relations";

        var started = await leader.PostAsJsonAsync(path, new { personId = person, staffUserId = contactId, isCoordinator = true });
        var duplicate = await leader.PostAsJsonAsync(path, new { personId = person, staffUserId = contactId });
        var notStaff = await leader.PostAsJsonAsync(path, new { personId = person, staffUserId = leaderId });
        var unknownPerson = await leader.PostAsJsonAsync(path, new { personId = Guid.NewGuid(), staffUserId = contactId });
        var missing = await leader.PostAsJsonAsync(path, new { personId = person });

        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        notStaff.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownPerson.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.JsonAsync()).GetProperty("title").GetString().ShouldBe("Velg både person og ansatt.");
        var relations = (await (await leader.GetAsync(path)).JsonAsync()).EnumerateArray().ToList();
        relations.Count.ShouldBe(3);
        relations.Single(r => r.GetProperty("isCoordinator").GetBoolean()).GetProperty("staffName").GetString().ShouldBe("Anne Larsen");
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).GetAsync($"/api/v1/persons/{person}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_the_departments_own_leader_or_the_admin_manage_its_relations(string provider)
    {
        using var app = new AppFactory(provider);
        var department = await Demo.LeaderDepartmentAsync(app);
        var other = (await (await (await app.ApiAs(Clients.Demo("admin"))).GetAsync("/api/v1/departments")).JsonAsync())
            .EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).First(id => id != department);
        var naboDepartment = (await (await (await app.ApiAs(Clients.Nabo("admin"))).GetAsync("/api/v1/departments")).JsonAsync())[0].GetProperty("id").GetGuid();

        (await (await app.ApiAs(Clients.Demo("avdelingsleder"))).GetAsync($"/api/v1/departments/{other}/care-relations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs(Clients.Demo("admin"))).GetAsync($"/api/v1/departments/{department}/care-relations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ApiAs(Clients.Demo("admin"))).GetAsync($"/api/v1/departments/{naboDepartment}/care-relations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync($"/api/v1/departments/{department}/care-relations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Emergency_access_needs_a_reason_is_flagged_and_expires_after_four_hours(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new AppFactory(provider, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var person = await Demo.PersonIdAsync(app);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var path = $"/api/v1/persons/{person}/emergency-access";

        var noReason = await contact.PostAsJsonAsync(path, new { reason = "  " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.JsonAsync()).GetProperty("title").GetString().ShouldBe("Skriv en begrunnelse på minst 10 tegn. Ingen tilgang er gitt.");
        (await contact.GetAsync($"/api/v1/persons/{person}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var granted = await contact.PostAsJsonAsync(path, new { reason = "Legevakten ringte og trenger kontaktperson" });
        granted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var read = await contact.GetAsync($"/api/v1/persons/{person}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.JsonAsync()).GetProperty("access").GetString().ShouldBe("emergency");

        var log = await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/access-log")).JsonAsync();
        var emergency = log.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "emergency-access");
        emergency.GetProperty("emergency").GetBoolean().ShouldBeTrue();
        emergency.GetProperty("reason").GetString().ShouldBe("Legevakten ringte og trenger kontaktperson");
        emergency.GetProperty("actorRole").GetString().ShouldBe("recoverykontakt");
        log.EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "read" && e.GetProperty("emergency").GetBoolean());

        clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1));
        var afterExpiry = await app.ApiAs(Clients.Demo("recoverykontakt"));
        (await afterExpiry.GetAsync($"/api/v1/persons/{person}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
