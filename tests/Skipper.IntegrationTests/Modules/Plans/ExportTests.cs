using System.Net;
using System.Net.Http.Json;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.IntegrationTests.Platform.Onboarding;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class ExportTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_export_holds_the_person_the_whole_plan_the_crew_and_the_access_log_as_a_download(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        (await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync($"/api/v1/persons/{personId}/plan")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shareId = (await (await person.GetAsync("/api/v1/me/plan/crew")).JsonAsync()).GetProperty("relatives")[0].GetProperty("shareId").GetGuid();
        (await person.DeleteAsync($"/api/v1/me/plan/crew/relatives/{shareId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await person.GetAsync("/api/v1/me/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var disposition = response.Content.Headers.ContentDisposition ?? System.Net.Http.Headers.ContentDispositionHeaderValue.Parse(string.Join("", response.Headers.GetValues("Content-Disposition")));
        disposition.DispositionType.ShouldBe("attachment");
        disposition.FileName!.Trim('"').ShouldMatch(@"^skipper-eksport-\d{4}-\d{2}-\d{2}\.json$");
        var export = await response.JsonAsync();
        export.GetProperty("format").GetString().ShouldBe("skipper-export/1");
        export.GetProperty("person").GetProperty("name").GetString().ShouldBe("Ola Nordmann");
        export.GetProperty("person").GetProperty("department").GetString().ShouldBe("Psykisk helseteam");
        export.GetProperty("person").GetProperty("personId").GetGuid().ShouldBe(personId);
        var plan = export.GetProperty("plan");
        plan.GetProperty("parts").GetArrayLength().ShouldBe(8);
        plan.GetProperty("whatMatters").GetProperty("whatMatters").GetString()!.ShouldContain("datteren min");
        plan.GetProperty("goals").GetArrayLength().ShouldBe(3);
        var crew = export.GetProperty("crew");
        crew.GetProperty("responsibilityGroup").GetArrayLength().ShouldBe(2);
        var withdrawn = crew.GetProperty("relatives").EnumerateArray().Single();
        withdrawn.GetProperty("status").GetString().ShouldBe("withdrawn");
        withdrawn.GetProperty("name").GetString().ShouldBe("Kari Nordmann");
        export.GetProperty("accessLog").EnumerateArray().ShouldContain(e => e.GetProperty("actorName").GetString() == "Per Hansen" && e.GetProperty("action").GetString() == "read");
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "export" && e.PersonId == personId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_export_holds_no_other_persons_data_and_is_only_for_persons(string provider)
    {
        using var app = new AppFactory(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var other = await admin.CreateAccountAsync("bruker", await admin.DepartmentIdAsync(), "Trine Annen");
        (await app.CreateClient().SignUpAsync(other.Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var otherPerson = await app.ApiAs(other.Email, Onboard.NewPassword);
        (await otherPerson.PostAsJsonAsync("/api/v1/me/plan/goals", new { title = "Et hemmelig mål for Trine" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var otherId = await Demo.PersonIdAsync(app, "nabo");
        var trineId = (await (await otherPerson.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("personId").GetGuid();

        var text = await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/export")).Content.ReadAsStringAsync();
        var trines = await (await otherPerson.GetAsync("/api/v1/me/export")).JsonAsync();

        text.ShouldContain("Ola Nordmann");
        text.ShouldNotContain("Trine");
        text.ShouldNotContain("hemmelig");
        text.ShouldNotContain(trineId.ToString());
        text.ShouldNotContain(otherId.ToString());
        text.ShouldNotContain("Nina Strand");
        trines.GetProperty("plan").GetProperty("goals").GetArrayLength().ShouldBe(1);
        trines.GetProperty("crew").GetProperty("responsibilityGroup").GetArrayLength().ShouldBe(0);
        foreach (var role in new[] { "parorende", "ansatt", "admin", "avdelingsleder" })
        {
            (await (await app.ApiAs(Clients.Demo(role))).GetAsync("/api/v1/me/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        (await app.CreateClient().GetAsync("/api/v1/me/export")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
