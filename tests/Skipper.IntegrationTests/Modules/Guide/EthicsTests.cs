using System.Net;
using System.Net.Http.Json;
using Skipper.Web.Modules.Guide.Data;

namespace Skipper.IntegrationTests.Modules.Guide;

[Collection(AppsCollection.Name)]
public sealed class EthicsTests(Apps apps)
{
    private static object Reflection(string title, int? version = null) => new
    {
        title,
        problem = "Personen vil avslutte oppfølgingen, men teamet er bekymret.",
        involved = "Personen, en pårørende, kontaktpersonen.",
        valuesAndRules = "Retten til å medvirke; samtykkekompetanse.",
        options = "Avslutte nå; trappe ned gradvis.",
        choice = "Trappe ned gradvis.",
        reasons = "Personen ønsket det selv da vi spurte.",
        version,
    };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_reflection_is_saved_for_the_department_and_read_and_changed_by_a_colleague(string provider)
    {
        var app = apps.For(provider);
        var author = await app.ApiAs(Clients.Demo("ansatt"));
        var colleague = await app.ApiAs(Clients.Demo("erfaringsmedarbeider"));

        var created = await author.PostAsJsonAsync("/api/v1/guide/ethics", Reflection("Avslutte mot teamets råd?"));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var list = await (await colleague.GetAsync("/api/v1/guide/ethics")).JsonAsync();
        list.GetProperty("departmentName").GetString().ShouldNotBeNullOrEmpty();
        list.GetProperty("reflections").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldContain(id);

        var changed = await colleague.PutAsJsonAsync($"/api/v1/guide/ethics/{id}", Reflection("Avslutte mot teamets råd? (drøftet)", version: 1));
        var stale = await author.PutAsJsonAsync($"/api/v1/guide/ethics/{id}", Reflection("Gammel versjon", version: 1));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.JsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var read = await (await author.GetAsync($"/api/v1/guide/ethics/{id}")).JsonAsync();
        read.GetProperty("title").GetString().ShouldBe("Avslutte mot teamets råd? (drøftet)");
        read.GetProperty("reasons").GetString().ShouldBe("Personen ønsket det selv da vi spurte.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_departments_employee_and_another_municipality_get_404(string provider)
    {
        var app = apps.For(provider);
        var author = await app.ApiAs(Clients.Demo("ansatt"));
        var id = (await (await author.PostAsJsonAsync("/api/v1/guide/ethics", Reflection("Taushetsplikt og pårørende"))).JsonAsync()).GetProperty("id").GetGuid();
        var otherEmail = await app.EmployeeInAnotherDepartmentAsync("ansatt");
        var other = await app.ApiAs(otherEmail);
        var nabo = await app.ApiAs(Clients.Nabo("ansatt"));

        (await other.GetAsync($"/api/v1/guide/ethics/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PutAsJsonAsync($"/api/v1/guide/ethics/{id}", Reflection("Overtatt", version: 1))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await nabo.GetAsync($"/api/v1/guide/ethics/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await other.GetAsync("/api/v1/guide/ethics")).JsonAsync()).GetProperty("reflections").EnumerateArray()
            .Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(id);
        (await (await app.BrowserAs(otherEmail)).GetAsync($"/veileder/etikk/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await author.GetAsync($"/api/v1/guide/ethics/{id}")).JsonAsync()).GetProperty("title").GetString().ShouldBe("Taushetsplikt og pårørende");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_missing_title_or_an_over_long_step_is_refused_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var author = await app.ApiAs(Clients.Demo("ansatt"));
        var before = await app.CountAsync<EthicsReflection>();

        var noTitle = await author.PostAsJsonAsync("/api/v1/guide/ethics", Reflection("   "));
        var longTitle = await author.PostAsJsonAsync("/api/v1/guide/ethics", Reflection(new string('t', 201)));
        var longStep = await author.PostAsJsonAsync("/api/v1/guide/ethics", new { title = "Lang", options = new string('o', 4001) });

        noTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noTitle.JsonAsync()).GetProperty("errors").GetProperty("title")[0].GetString().ShouldBe("Gi refleksjonen en tittel.");
        longTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longTitle.JsonAsync()).GetProperty("errors").GetProperty("title")[0].GetString().ShouldBe("Teksten kan være høyst 200 tegn.");
        longStep.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longStep.JsonAsync()).GetProperty("errors").GetProperty("options")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        (await app.CountAsync<EthicsReflection>()).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_keeps_what_was_typed_when_the_title_is_missing_and_saves_when_it_is_given(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var before = await app.CountAsync<EthicsReflection>();

        var refused = await browser.PostFormAsync("/veileder/etikk?handler=Create", new() { ["title"] = "", ["problem"] = "Et vanskelig valg om medisiner." }, "/veileder/etikk");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("Gi refleksjonen en tittel.");
        page.ShouldContain("Et vanskelig valg om medisiner.");
        (await app.CountAsync<EthicsReflection>()).ShouldBe(before);

        var saved = await browser.PostFormAsync("/veileder/etikk?handler=Create", new() { ["title"] = "Medisiner og samvalg", ["problem"] = "Et vanskelig valg om medisiner." }, "/veileder/etikk");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = await browser.GetStringAsync(saved.Location());
        shown.ShouldContain("Medisiner og samvalg");
        shown.ShouldContain("Ikke skriv navn eller noe annet som kan avsløre hvem personen i recovery er.");
        (await browser.GetStringAsync("/veileder/etikk")).ShouldContain("Medisiner og samvalg");

        var address = saved.Location().Split('?')[0];
        var changed = await browser.PostFormAsync(address, new() { ["title"] = "Medisiner og samvalg (ferdig)", ["choice"] = "Vi prøver samvalg.", ["version"] = "1" });
        var stale = await browser.PostFormAsync(address, new() { ["title"] = "Gammel", ["version"] = "1" });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await stale.Content.ReadAsStringAsync();
        conflict.ShouldContain("Noen i avdelingen lagret en nyere versjon mens du skrev.");
        conflict.ShouldContain("Vi prøver samvalg.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_employee_without_a_department_is_told_they_need_one(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));

        var refused = await admin.PostAsJsonAsync("/api/v1/guide/ethics", Reflection("Uten avdeling"));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.JsonAsync()).GetProperty("title").GetString()!.ShouldContain("ikke knyttet til noen avdeling");
        var page = await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync("/veileder/etikk");
        page.ShouldContain("ikke knyttet til noen avdeling");
        page.ShouldNotContain("name=\"title\"");
    }
}
