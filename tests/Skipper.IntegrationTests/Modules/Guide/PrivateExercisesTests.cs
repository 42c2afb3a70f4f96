using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Modules.Guide;

public sealed class PrivateExercisesTests
{
    private const string ValueMarker = "Kompassrose7Q";
    private const string ReflectionMarker = "Fyrlykt9Z svarte jeg";
    private const string ChimeMarker = "Tidevann4K betyr mye";

    /// <summary>Every guide address and the home page; parts other helpers build may answer 404 here, but never with A's words.</summary>
    private static readonly string[] Pages =
    [
        "/hjem", "/veileder", "/veileder/verdier", "/veileder/verdier/sammenlign", "/veileder/chime", "/veileder/fremgang",
        "/veileder/strategier", "/veileder/kort", "/veileder/etikk", "/veileder/avdeling", "/veileder/nettverk",
    ];

    private static readonly string[] OwnApis =
    [
        "/api/v1/guide/exercises/values", "/api/v1/guide/exercises/values/rounds", "/api/v1/guide/exercises/chime", "/api/v1/guide/progress",
    ];

    private static readonly string[] OtherApis = ["/api/v1/guide/pages", "/api/v1/guide/cards"];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_answers_are_read_by_their_author_only_never_by_leaders_contacts_or_the_administrator(string provider)
    {
        using var app = new AppFactory(provider);
        var author = await app.ApiAs(Clients.Demo("ansatt"));
        (await author.PutAsJsonAsync("/api/v1/guide/exercises/values",
            new { chosen = new[] { "Respekt", ValueMarker }, kept = new[] { ValueMarker }, reflection = ReflectionMarker, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await author.PutAsJsonAsync("/api/v1/guide/exercises/chime",
            new { connectedness = ChimeMarker, hope = ChimeMarker, purpose = "colleagues", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var own = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/veileder/verdier/sammenlign");
        own.ShouldContain(ValueMarker);
        (await author.GetStringAsync("/api/v1/guide/exercises/chime")).ShouldContain(ChimeMarker);

        foreach (var role in new[] { "seksjonsleder", "avdelingsleder", "recoverykontakt", "admin", "erfaringsmedarbeider" })
        {
            var api = await app.ApiAs(Clients.Demo(role));
            var browser = await app.BrowserAs(Clients.Demo(role));
            foreach (var page in Pages)
            {
                var response = await browser.GetAsync(page);
                ((int)response.StatusCode).ShouldBeLessThan(500, $"{role} {page}");
                ShouldNotReveal(await response.Content.ReadAsStringAsync(), $"{role} on {page}");
            }
            foreach (var path in OwnApis)
            {
                var response = await api.GetAsync(path);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{role} {path}");
                ShouldNotReveal(await response.Content.ReadAsStringAsync(), $"{role} on {path}");
            }
            foreach (var path in OtherApis)
            {
                ShouldNotReveal(await (await api.GetAsync(path)).Content.ReadAsStringAsync(), $"{role} on {path}");
            }
            var values = await (await api.GetAsync("/api/v1/guide/exercises/values")).JsonAsync();
            values.GetProperty("version").GetInt32().ShouldBe(0, $"{role} sees an empty exercise of their own");
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_exercises_need_an_employee_and_take_no_user_id(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var relative = await app.BrowserAs(Clients.Demo("parorende"));

        (await person.GetAsync("/api/v1/guide/exercises/values")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await person.PutAsJsonAsync("/api/v1/guide/exercises/chime", new { hope = "x", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await person.GetAsync("/api/v1/guide/progress")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await relative.GetAsync("/veileder/chime")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await app.CreateClient().GetAsync("/api/v1/guide/exercises/values")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        (await staff.GetAsync($"/api/v1/guide/exercises/values/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static void ShouldNotReveal(string body, string where)
    {
        body.ShouldNotContain(ValueMarker, customMessage: where);
        body.ShouldNotContain("Fyrlykt9Z", customMessage: where);
        body.ShouldNotContain("Tidevann4K", customMessage: where);
    }
}
