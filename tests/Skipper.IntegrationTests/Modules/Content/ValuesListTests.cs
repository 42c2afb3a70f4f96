using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Content;

/// <summary>Reads and refusals only: the shared Skipper's values lists stay as seeded.</summary>
[Collection(AppsCollection.Name)]
public sealed class ValuesListTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_demo_municipality_has_the_values_list_from_the_file_in_norwegian_order(string provider)
    {
        var app = apps.For(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var names = (await person.ValuesAsync()).Select(v => v.Name).ToList();

        var file = ValuesTestKit.FileValues();
        names.Count.ShouldBe(file.Count);
        names.ShouldContain("Håp");
        names.ShouldContain("Å være et forbilde");
        // The file is in Norwegian alphabetical order (Æ, Ø, Å last), and so is the list.
        names.ShouldBe(file);
        names.IndexOf("Ærlighet").ShouldBeLessThan(names.IndexOf("Åpenhet"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_municipality_sees_only_its_own_values(string provider)
    {
        var app = apps.For(provider);

        var demo = await (await app.ApiAs(Clients.Demo("ansatt"))).ValuesAsync();
        var nabo = await (await app.ApiAs(Clients.Nabo("ansatt"))).ValuesAsync();

        nabo.Count.ShouldBe(demo.Count);
        demo.Select(v => v.Id).Intersect(nabo.Select(v => v.Id)).ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_the_administrator_may_use_the_admin_routes(string provider)
    {
        var app = apps.For(provider);
        var id = (await (await app.ApiAs(Clients.Demo("admin"))).ValuesAsync())[0].Id;

        foreach (var role in new[] { "bruker", "ansatt", "avdelingsleder", "seksjonsleder" })
        {
            var client = await app.ApiAs(Clients.Demo(role));
            (await client.GetAsync("/api/v1/admin/values")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await client.PostAsJsonAsync("/api/v1/admin/values", new { name = "Mot til å si nei" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await client.PutAsJsonAsync($"/api/v1/admin/values/{id}", new { name = "Endret" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await client.PostAsync($"/api/v1/admin/values/{id}/retire", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await client.PostAsync($"/api/v1/admin/values/{id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        var page = await (await app.BrowserAs(Clients.Demo("bruker"))).GetAsync("/admin/verdier");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.ShouldBe("/feil/403");
        (await app.CreateClient().GetAsync("/api/v1/values")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ValueRowAsync(id))!.UpdatedAt.ShouldBeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_municipalitys_value_is_not_found_and_stays_as_it_was(string provider)
    {
        var app = apps.For(provider);
        var (id, name) = (await (await app.ApiAs(Clients.Demo("admin"))).ValuesAsync())[0];
        var nabo = await app.ApiAs(Clients.Nabo("admin"));

        var rename = await nabo.PutAsJsonAsync($"/api/v1/admin/values/{id}", new { name = "Kapret" });
        var retire = await nabo.PostAsync($"/api/v1/admin/values/{id}/retire", null);
        var restore = await nabo.PostAsync($"/api/v1/admin/values/{id}/restore", null);

        rename.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await rename.TitleAsync()).ShouldBe("Fant ikke verdien i kommunen din. Ingenting er endret.");
        retire.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        restore.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var row = (await app.ValueRowAsync(id))!;
        row.Name.ShouldBe(name);
        row.IsRetired.ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_facade_knows_only_the_current_municipalitys_values(string provider)
    {
        var app = apps.For(provider);
        var demoId = (await (await app.ApiAs(Clients.Demo("bruker"))).ValuesAsync())[0].Id;
        var naboId = (await (await app.ApiAs(Clients.Nabo("bruker"))).ValuesAsync())[0].Id;

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set((await app.ValueRowAsync(demoId))!.TenantId);
        var values = scope.ServiceProvider.GetRequiredService<IValuesList>();

        (await values.ExistsAsync(demoId)).ShouldBeTrue();
        (await values.ExistsAsync(naboId)).ShouldBeFalse();
        (await values.ExistsAsync(naboId, includeRetired: true)).ShouldBeFalse();
        (await values.ActiveAsync()).Select(v => v.Id).ShouldContain(demoId);
    }
}
