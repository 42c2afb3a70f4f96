using System.Net;
using System.Net.Http.Json;
using Skipper.IntegrationTests.Platform.Onboarding;

namespace Skipper.IntegrationTests.Modules.Content;

[Collection(ValuesCollection.Name)]
public sealed class ValuesAdminTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_administrator_adds_renames_retires_and_restores_a_value_and_the_row_says_who_changed_it(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var name = $"Tålmodighet {Guid.NewGuid():N}"[..30];

        var id = (await admin.AddValueAsync($"  {name} ", sortOrder: -5)).GetProperty("id").GetGuid();
        (await person.ValuesAsync())[0].ShouldBe((id, name));
        (await (await app.ApiAs(Clients.Nabo("bruker"))).ValuesAsync()).ShouldNotContain(v => v.Id == id);

        var renamed = await admin.PutAsJsonAsync($"/api/v1/admin/values/{id}", new { name = name + " i hverdagen", sortOrder = 0 });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.ValuesAsync()).ShouldContain((id, name + " i hverdagen"));
        (await person.ValuesAsync())[0].Id.ShouldNotBe(id);

        (await admin.PostAsync($"/api/v1/admin/values/{id}/retire", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.ValuesAsync()).ShouldNotContain(v => v.Id == id);
        var retired = (await app.ValueRowAsync(id))!;
        retired.IsRetired.ShouldBeTrue();
        retired.UpdatedBy.ShouldBe((await (await admin.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("id").GetGuid());
        retired.UpdatedAt.ShouldNotBeNull();

        (await admin.PostAsync($"/api/v1/admin/values/{id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.ValuesAsync()).ShouldContain((id, name + " i hverdagen"));
        (await app.AuditAsync($"value/{id}")).ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Duplicates_and_bad_input_are_refused_in_norwegian_and_nothing_changes(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var hope = await admin.ValueIdAsync("Håp");
        var before = await app.ValueCountAsync();

        var empty = await admin.PostAsJsonAsync("/api/v1/admin/values", new { name = "   " });
        var tooLong = await admin.PostAsJsonAsync("/api/v1/admin/values", new { name = new string('x', 101) });
        var taken = await admin.PostAsJsonAsync("/api/v1/admin/values", new { name = "hÅP" });
        var badPlace = await admin.PostAsJsonAsync("/api/v1/admin/values", new { name = "Ny verdi", sortOrder = 5000 });
        var renameTaken = await admin.PutAsJsonAsync($"/api/v1/admin/values/{hope}", new { name = "HUMOR" });
        var renameEmpty = await admin.PutAsJsonAsync($"/api/v1/admin/values/{hope}", new { name = "" });
        var nothing = await admin.PutAsJsonAsync($"/api/v1/admin/values/{hope}", new { });
        var unknown = await admin.PostAsync($"/api/v1/admin/values/{Guid.NewGuid()}/retire", null);

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.FieldErrorAsync("name")).ShouldBe("Skriv navnet på verdien.");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.FieldErrorAsync("name")).ShouldBe("Navnet kan ha høyst 100 tegn.");
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await taken.TitleAsync()).ShouldBe("Listen har allerede en verdi med dette navnet. Ingenting er endret.");
        badPlace.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPlace.FieldErrorAsync("sortOrder")).ShouldBe("Plassen må være et helt tall fra -999 til 999.");
        renameTaken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        renameEmpty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        nothing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nothing.FieldErrorAsync("name")).ShouldBe("Skriv et nytt navn eller en ny plass i listen.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ValueCountAsync()).ShouldBe(before);
        var row = (await app.ValueRowAsync(hope))!;
        row.Name.ShouldBe("Håp");
        row.UpdatedAt.ShouldBeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_retired_name_cannot_be_added_again_and_the_message_says_to_restore_it(string provider)
    {
        var app = apps.For(provider);
        var admin = await app.ApiAs(Clients.Demo("admin"));
        var id = await admin.ValueIdAsync("Nasjonalisme");
        (await admin.PostAsync($"/api/v1/admin/values/{id}/retire", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await admin.PostAsJsonAsync("/api/v1/admin/values", new { name = "nasjonalisme" });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.TitleAsync()).ShouldBe("Listen har allerede denne verdien, men den er tatt ut. Ta den inn igjen i stedet. Ingenting er endret.");
        (await admin.ValuesAsync("/api/v1/admin/values")).Count(v => v.Name.Equals("Nasjonalisme", StringComparison.OrdinalIgnoreCase)).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_adds_renames_and_retires_with_its_forms_and_keeps_a_refused_name(string provider)
    {
        var app = apps.For(provider);
        var browser = await app.BrowserAs(Clients.Demo("admin"));
        var name = $"Raushet {Guid.NewGuid():N}"[..20];

        var added = await browser.PostFormAsync("/admin/verdier?handler=Add", new() { ["name"] = name, ["sortOrder"] = "" }, formPage: "/admin/verdier");
        var duplicate = await browser.PostFormAsync("/admin/verdier?handler=Add", new() { ["name"] = name.ToUpperInvariant() }, formPage: "/admin/verdier");
        var id = await (await app.ApiAs(Clients.Demo("admin"))).ValueIdAsync(name);
        var renamed = await browser.PostFormAsync($"/admin/verdier/{id}", new() { ["name"] = name + " og omsorg", ["sortOrder"] = "3" });
        var badPlace = await browser.PostFormAsync($"/admin/verdier/{id}", new() { ["name"] = name, ["sortOrder"] = "tre" });
        var retired = await browser.PostFormAsync($"/admin/verdier?handler=Retire&id={id}", [], formPage: "/admin/verdier");

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await added.Content.ReadAsStringAsync()).ShouldContain($"Verdien {name} er lagt til.");
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var duplicateHtml = await duplicate.Content.ReadAsStringAsync();
        duplicateHtml.ShouldContain("Listen har allerede en verdi med dette navnet.");
        duplicateHtml.ShouldContain($"value=\"{name.ToUpperInvariant()}\"");
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await renamed.Content.ReadAsStringAsync()).ShouldContain($"Verdien {name} og omsorg er lagret.");
        badPlace.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badPlaceHtml = await badPlace.Content.ReadAsStringAsync();
        badPlaceHtml.ShouldContain("Plassen må være et helt tall fra -999 til 999.");
        badPlaceHtml.ShouldContain("value=\"tre\"");
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retired.Content.ReadAsStringAsync()).ShouldContain($"Verdien {name} og omsorg er tatt ut av listen.");
        var row = (await app.ValueRowAsync(id))!;
        (row.Name, row.SortOrder, row.IsRetired).ShouldBe(($"{name} og omsorg", 3, true));
    }

    [Fact]
    public async Task The_admin_page_links_to_the_values_pages_which_have_no_inline_script_or_style_and_hide_other_municipalities()
    {
        var app = apps.For("Sqlite");
        var browser = await app.BrowserAs(Clients.Demo("admin"));

        var hope = await (await app.ApiAs(Clients.Demo("admin"))).ValueIdAsync("Håp");
        var naboHope = await (await app.ApiAs(Clients.Nabo("admin"))).ValueIdAsync("Håp");

        (await browser.GetStringAsync("/admin")).ShouldContain("href=\"/admin/verdier\"");
        foreach (var path in new[] { "/admin/verdier", $"/admin/verdier/{hope}" })
        {
            var response = await browser.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
            html.ShouldContain(path == "/admin/verdier" ? "Å være et forbilde" : "Endre verdien Håp");
            html.ShouldNotContain("<script>");
            html.ShouldNotContain(" style=");
        }
        (await browser.GetAsync($"/admin/verdier/{naboHope}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
