using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Platform.Auditing.Verify;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Platform.Auditing;

public sealed class AuditTrailTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_persons_own_reads_are_not_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        var self = await app.ApiAs(Clients.Demo("bruker"));
        var before = (await Demo.AuditAsync(app)).Count;

        var response = await self.GetAsync($"/api/v1/persons/{person}");
        await self.GetAsync("/api/v1/me/access-log");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("access").GetString().ShouldBe("self");
        (await Demo.AuditAsync(app)).Count.ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_list_view_logs_one_event_naming_the_people_shown(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));

        var page = await browser.GetStringAsync("/mine-brukere");

        page.ShouldContain("Ola Nordmann");
        var list = (await Demo.AuditAsync(app)).Single(e => e.Action == "list");
        list.Resource.ShouldBe("caseload");
        list.Subjects.ShouldBe(person.ToString("N"));
        var log = await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/access-log")).JsonAsync();
        log.EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "list" && e.GetProperty("actorName").GetString() == "Per Hansen");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Asking_for_another_municipalitys_person_is_logged_as_not_found_in_the_askers_municipality(string provider)
    {
        using var app = new AppFactory(provider);
        var naboPerson = await Demo.PersonIdAsync(app, "nabo");
        var demoStaff = await app.ApiAs(Clients.Demo("ansatt"));
        var demoTenant = (await (await demoStaff.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("tenant").GetProperty("id").GetGuid();

        var response = await demoStaff.GetAsync($"/api/v1/persons/{naboPerson}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var notFound = (await Demo.AuditAsync(app)).Single(e => e.Action == "not-found");
        notFound.TenantId.ShouldBe(demoTenant);
        notFound.PersonId.ShouldBeNull();
        notFound.Resource.ShouldBe($"person/{naboPerson}");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_relative_sees_who_shares_with_them_and_the_view_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);

        var shared = await (await (await app.ApiAs(Clients.Demo("parorende"))).GetAsync("/api/v1/me/shared-with-me")).JsonAsync();

        var only = shared.EnumerateArray().Single();
        only.GetProperty("personId").GetGuid().ShouldBe(person);
        only.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["goals", "warning-signs"]);
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "list" && e.ActorRole == "parorende" && e.Subjects == person.ToString("N"));
        (await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync("/api/v1/me/shared-with-me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_sees_the_staff_read_on_the_who_has_seen_my_data_page(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        await (await app.ApiAs(Clients.Demo("erfaringsmedarbeider"))).GetAsync($"/api/v1/persons/{person}");

        var page = await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/mine-data");

        page.ShouldContain("Hvem har sett mine data?");
        page.ShouldContain("Siri Olsen");
        page.ShouldContain("Erfaringsmedarbeider");
        page.ShouldContain("Åpnet opplysningene dine");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_chain_verifies_and_a_tampered_event_is_named(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        for (var i = 0; i < 3; i++)
        {
            await staff.GetAsync($"/api/v1/persons/{person}");
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
        (await verifier.VerifyAllAsync()).ShouldAllBe(r => r.IsIntact);
        var victim = (await Demo.AuditAsync(app)).Where(e => e.Action == "read").OrderBy(e => e.Sequence).Skip(1).First();

        // An attacker with database rights removes the guard first; the chain still tells.
        await db.Database.ExecuteSqlRawAsync(provider == "Postgres"
            ? "ALTER TABLE \"AuditEvents\" DISABLE TRIGGER USER"
            : "DROP TRIGGER \"AuditEvents_no_update\"");
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"ActorName\" = 'Noen andre' WHERE \"Id\" = {victim.Id}");

        var report = (await verifier.VerifyAllAsync()).Single(r => r.TenantId == victim.TenantId);
        report.IsIntact.ShouldBeFalse();
        report.FirstBrokenSequence.ShouldBe(victim.Sequence);
        report.FirstBrokenId.ShouldBe(victim.Id);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_database_refuses_to_update_or_delete_audit_events(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await Demo.PersonIdAsync(app);
        await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync($"/api/v1/persons/{person}");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var count = (await Demo.AuditAsync(app)).Count;

        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Reason\" = 'x'"));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\""));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditSubjects\""));

        var after = await Demo.AuditAsync(app);
        after.Count.ShouldBe(count);
        after.ShouldAllBe(e => e.Reason != "x");
    }

    [Fact]
    public async Task Many_concurrent_reads_share_commits_and_keep_one_unbroken_chain()
    {
        using var app = new AppFactory("Sqlite");
        var person = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => staff.GetAsync($"/api/v1/persons/{person}")));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var reads = (await Demo.AuditAsync(app)).Where(e => e.Action == "read").ToList();
        reads.Count.ShouldBe(60);
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAllAsync()).ShouldAllBe(r => r.IsIntact);
    }
}
