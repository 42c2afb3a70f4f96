using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;

namespace Skipper.IntegrationTests.Platform.Onboarding;

[Collection(OnboardingCollection.Name)]
public sealed class DepartmentsAdminTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_administrator_adds_a_department_that_only_their_municipality_sees(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var name = $"Ambulant team {Guid.NewGuid():N}";

        var response = await admin.PostAsJsonAsync("/api/v1/admin/departments", new { name = $"  {name} " });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        (await admin.DepartmentIdAsync(name)).ShouldBe(id);
        var nabo = await app.ApiAs(Clients.Nabo("admin"));
        (await (await nabo.GetAsync("/api/v1/admin/departments")).Content.ReadAsStringAsync()).ShouldNotContain(name);
        var audit = (await app.AuditAsync($"department/{id}")).ShouldHaveSingleItem();
        audit.Action.ShouldBe(AuditActions.DepartmentCreated);
        audit.ActorName.ShouldBe("Tor Admin");
        audit.PersonId.ShouldBeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_missing_too_long_or_taken_name_is_refused_and_nothing_is_added(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var before = await app.InDbAsync(db => db.Departments.IgnoreQueryFilters().CountAsync());

        var empty = await admin.PostAsJsonAsync("/api/v1/admin/departments", new { name = "  " });
        var tooLong = await admin.PostAsJsonAsync("/api/v1/admin/departments", new { name = new string('x', 201) });
        var taken = await admin.PostAsJsonAsync("/api/v1/admin/departments", new { name = "psykisk HELSETEAM" });
        var noBody = await admin.PostAsync("/api/v1/admin/departments", JsonContent.Create<object?>(null));

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.JsonAsync()).GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("Skriv navnet på avdelingen.");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("Navnet kan ha høyst 200 tegn.");
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await taken.JsonAsync()).GetProperty("title").GetString().ShouldBe("Kommunen har allerede en avdeling med dette navnet. Ingenting er endret.");
        noBody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.InDbAsync(db => db.Departments.IgnoreQueryFilters().CountAsync())).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_department_form_on_the_admin_page_works_with_its_antiforgery_token(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("admin"));
        var name = $"Boligteam {Guid.NewGuid():N}";

        var response = await browser.PostFormAsync("/admin?handler=Department", new() { ["name"] = name }, formPage: "/admin");
        var refused = await browser.PostFormAsync("/admin?handler=Department", new() { ["name"] = name }, formPage: "/admin");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"Avdelingen {name} er lagt til.");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Kommunen har allerede en avdeling med dette navnet.");
        (await app.InDbAsync(db => db.Departments.IgnoreQueryFilters().CountAsync(d => d.Name == name))).ShouldBe(1);
    }
}
