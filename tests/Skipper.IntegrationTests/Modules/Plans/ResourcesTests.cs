using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class ResourcesTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_adds_changes_and_removes_resources_and_each_write_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var added = await person.PostAsJsonAsync("/api/v1/me/plan/resources", new { kind = "Interpersonal", text = "  Naboen <b>Kari</b> " });
        var id = (await added.JsonAsync()).GetProperty("id").GetGuid();
        var changed = await person.PutAsJsonAsync($"/api/v1/me/plan/resources/{id}", new { kind = "external", text = "Kafeen på hjørnet", version = 1 });
        var other = await person.PostAsJsonAsync("/api/v1/me/plan/resources", new { kind = "inner", text = "Tålmodig" });
        var otherId = (await other.JsonAsync()).GetProperty("id").GetGuid();
        var removed = await person.DeleteAsync($"/api/v1/me/plan/resources/{otherId}");

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await changed.JsonAsync();
        body.GetProperty("kind").GetString().ShouldBe("external");
        body.GetProperty("version").GetInt32().ShouldBe(2);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var resources = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("resources").EnumerateArray().ToList();
        resources.Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("text").GetString().ShouldBe("Kafeen på hjørnet");
        resources.ShouldNotContain(r => r.GetProperty("id").GetGuid() == otherId);
        var changes = (await Demo.AuditAsync(app)).Where(e => e.Action == "change" && e.PersonId == personId).ToList();
        changes.Select(e => e.Resource).ShouldBe([$"plan/resources/{id}", $"plan/resources/{id}", $"plan/resources/{otherId}", $"plan/resources/{otherId}"]);

        var page = await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/min-plan/ressurser");
        page.ShouldContain("Kafeen på hjørnet");
        page.ShouldContain("Jeg er god med dyr");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_resource_input_gets_a_norwegian_problem_and_changes_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var before = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        var id = before.GetProperty("resources")[0].GetProperty("id").GetGuid();

        var empty = await person.PostAsJsonAsync("/api/v1/me/plan/resources", new { kind = "inner", text = "  " });
        var tooLong = await person.PostAsJsonAsync("/api/v1/me/plan/resources", new { kind = "inner", text = new string('x', 501) });
        var badKind = await person.PostAsJsonAsync("/api/v1/me/plan/resources", new { kind = "outer", text = "Noe" });
        var numberKind = await person.PostAsJsonAsync("/api/v1/me/plan/resources", new { kind = "1", text = "Noe" });
        var noVersion = await person.PutAsJsonAsync($"/api/v1/me/plan/resources/{id}", new { kind = "inner", text = "Noe" });
        var unknown = await person.PutAsJsonAsync($"/api/v1/me/plan/resources/{Guid.NewGuid()}", new { kind = "inner", text = "Noe", version = 1 });
        var removeUnknown = await person.DeleteAsync($"/api/v1/me/plan/resources/{Guid.NewGuid()}");
        var naboRemoves = await (await app.ApiAs(Clients.Nabo("bruker"))).DeleteAsync($"/api/v1/me/plan/resources/{id}");

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("Teksten kan være høyst 500 tegn.");
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badKind.JsonAsync()).GetProperty("errors").GetProperty("kind")[0].GetString()!.ShouldStartWith("Velg hvor ressursen hører hjemme");
        numberKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noVersion.JsonAsync()).GetProperty("errors").GetProperty("version")[0].GetString()!.ShouldStartWith("Versjonen mangler");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke ressursen i planen.");
        removeUnknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        naboRemoves.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var after = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        JsonSerializer.Serialize(after).ShouldBe(JsonSerializer.Serialize(before));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_resource_saved_from_an_old_version_is_refused_with_the_newer_text(string provider)
    {
        using var app = new AppFactory(provider);
        var phone = await app.ApiAs(Clients.Demo("bruker"));
        var laptop = await app.ApiAs(Clients.Demo("bruker"));
        var id = (await (await phone.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("resources")[0].GetProperty("id").GetGuid();

        var first = await phone.PutAsJsonAsync($"/api/v1/me/plan/resources/{id}", new { kind = "inner", text = "Fra telefonen", version = 1 });
        var second = await laptop.PutAsJsonAsync($"/api/v1/me/plan/resources/{id}", new { kind = "inner", text = "Fra PC-en", version = 1 });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.JsonAsync()).GetProperty("current").GetProperty("text").GetString().ShouldBe("Fra telefonen");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_resource_page_adds_and_refuses_with_the_text_kept_beside_the_field(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));

        var added = await browser.PostFormAsync("/min-plan/ressurser?handler=Add", new() { ["kind"] = "external", ["text"] = "Biblioteket" }, "/min-plan/ressurser");
        var refused = await browser.PostFormAsync("/min-plan/ressurser?handler=Add", new() { ["kind"] = "inner", ["text"] = new string('y', 501) }, "/min-plan/ressurser");

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        added.Headers.Location!.ToString().ShouldBe("/min-plan/ressurser#add-external");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Teksten kan være høyst 500 tegn.");
        html.ShouldContain(new string('y', 501));
        (await browser.GetStringAsync("/min-plan")).ShouldContain("Biblioteket");
    }
}
