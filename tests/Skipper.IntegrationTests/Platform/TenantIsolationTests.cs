using System.Net;

namespace Skipper.IntegrationTests.Platform;

[Collection(AppsCollection.Name)]
public sealed class TenantIsolationTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_user_sees_only_the_departments_of_their_own_municipality(string provider)
    {
        var demo = await apps.For(provider).ApiAs(Clients.Demo("admin"));

        var names = (await (await demo.GetAsync("/api/v1/departments")).JsonAsync())
            .EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();

        // Other tests add departments to Demo kommune, so the check is: all of its own, none of the neighbour's.
        names.ShouldContain("Fagteam rus");
        names.ShouldContain("Mestringssenteret");
        names.ShouldContain("Psykisk helseteam");
        names.ShouldNotContain("Oppfølgingstjenesten");
        names.ShouldNotContain("Aktivitetshuset");
        names.ShouldNotContain("Bo og miljø");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_municipalitys_department_by_id_is_not_found(string provider)
    {
        var app = apps.For(provider);
        var nabo = await app.ApiAs(Clients.Nabo("admin"));
        var demo = await app.ApiAs(Clients.Demo("admin"));
        var naboDepartment = (await (await nabo.GetAsync("/api/v1/departments")).JsonAsync())[0].GetProperty("id").GetGuid();

        var response = await demo.GetAsync($"/api/v1/departments/{naboDepartment}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke det du ba om");
        (await nabo.GetAsync($"/api/v1/departments/{naboDepartment}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_tampered_id_in_the_url_is_not_found(string provider)
    {
        var demo = await apps.For(provider).ApiAs(Clients.Demo("admin"));

        (await demo.GetAsync("/api/v1/departments/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await demo.GetAsync($"/api/v1/departments/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_demo_municipality_has_its_own_accounts_and_person(string provider)
    {
        var app = apps.For(provider);
        var demoPerson = await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me")).JsonAsync();
        var naboPerson = await (await (await app.ApiAs(Clients.Nabo("bruker"))).GetAsync("/api/v1/me")).JsonAsync();

        naboPerson.GetProperty("tenant").GetProperty("name").GetString().ShouldBe("Nabokommune");
        naboPerson.GetProperty("tenant").GetProperty("id").GetGuid().ShouldNotBe(demoPerson.GetProperty("tenant").GetProperty("id").GetGuid());
        naboPerson.GetProperty("personId").GetGuid().ShouldNotBe(demoPerson.GetProperty("personId").GetGuid());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_person_route_answers_404_for_another_municipalitys_person(string provider)
    {
        var app = apps.For(provider);
        var naboPerson = (await (await (await app.ApiAs(Clients.Nabo("bruker"))).GetAsync("/api/v1/me")).JsonAsync()).GetProperty("personId").GetGuid();
        var demoStaff = await app.ApiAs(Clients.Demo("ansatt"));
        var demoBrowser = await app.BrowserAs(Clients.Demo("ansatt"));

        (await demoStaff.GetAsync($"/api/v1/persons/{naboPerson}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var emergency = await demoStaff.PostAsync(
            $"/api/v1/persons/{naboPerson}/emergency-access",
            new StringContent("{\"reason\":\"Prøver å åpne en annen kommune\"}", System.Text.Encoding.UTF8, "application/json"));
        emergency.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await demoBrowser.GetAsync($"/personer/{naboPerson}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs(Clients.Nabo("bruker"))).GetAsync("/api/v1/me/access-log")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
