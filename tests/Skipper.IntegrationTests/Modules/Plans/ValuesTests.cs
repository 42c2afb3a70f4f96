using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed partial class ValuesTests
{
    private static readonly string[] Ten = ["familie", "Vennskap", "Helse", "Håp", "Naturen", "Trygghet", "Humor", "Frihet", "Ærlighet", "Å spille gitar"];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_chooses_ten_values_keeps_five_and_the_save_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));

        var saved = await person.PutAsJsonAsync("/api/v1/me/plan/values",
            new { chosen = Ten, kept = new[] { "FAMILIE", "Håp", "Naturen", "Humor", "å spille gitar" }, reflection = "Familien først.", version = 1 });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var values = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("values");
        values.GetProperty("chosen").EnumerateArray().Select(v => v.GetString()).ShouldBe(
            ["Familie", "Vennskap", "Helse", "Håp", "Naturen", "Trygghet", "Humor", "Frihet", "Ærlighet", "Å spille gitar"]);
        values.GetProperty("kept").EnumerateArray().Select(v => v.GetString()).ShouldBe(["Familie", "Håp", "Naturen", "Humor", "Å spille gitar"]);
        values.GetProperty("reflection").GetString().ShouldBe("Familien først.");
        values.GetProperty("version").GetInt32().ShouldBe(2);
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "change" && e.PersonId == personId && e.Resource == "plan/values" && e.ActorRole == "bruker");
    }

    private static readonly (string Rule, object Body, string Field, string Message)[] Rules =
    [
        ("eleven chosen", new { chosen = Ten.Append("Mot"), kept = Array.Empty<string>(), version = 1 }, "chosen", "Du kan velge høyst 10 verdier. Nå er 11 valgt."),
        ("six kept", new { chosen = Ten, kept = Ten.Take(6), version = 1 }, "kept", "Du kan beholde høyst 5 verdier. Nå er 6 valgt."),
        ("kept not chosen", new { chosen = Ten.Take(3), kept = new[] { "Mot" }, version = 1 }, "kept", "«Mot» er ikke blant verdiene du valgte. Du kan bare beholde verdier du har valgt."),
        ("empty name", new { chosen = new[] { "Mot", " " }, kept = Array.Empty<string>(), version = 1 }, "chosen", "En verdi kan ikke være tom."),
        ("long name", new { chosen = new[] { new string('v', 101) }, kept = Array.Empty<string>(), version = 1 }, "chosen", "En verdi kan være høyst 100 tegn."),
        ("twice", new { chosen = new[] { "Mot", "mot " }, kept = Array.Empty<string>(), version = 1 }, "chosen", "«Mot» er valgt to ganger. Velg hver verdi bare én gang."),
        ("kept twice", new { chosen = new[] { "Mot" }, kept = new[] { "Mot", "Mot" }, version = 1 }, "kept", "«Mot» er valgt to ganger. Velg hver verdi bare én gang."),
        ("long reflection", new { chosen = new[] { "Mot" }, kept = Array.Empty<string>(), reflection = new string('r', 4001), version = 1 }, "reflection", "Teksten kan være høyst 4000 tegn."),
        ("no version", new { chosen = new[] { "Mot" }, kept = Array.Empty<string>() }, "version", "Versjonen mangler. Last inn siden på nytt og prøv igjen."),
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_values_rule_gets_a_clear_message_and_nothing_is_saved(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var before = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();

        foreach (var (rule, body, field, message) in Rules)
        {
            var refused = await person.PutAsJsonAsync("/api/v1/me/plan/values", body);

            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, rule);
            (await refused.JsonAsync()).GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ShouldContain(message, rule);
        }
        var after = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        JsonSerializer.Serialize(after).ShouldBe(JsonSerializer.Serialize(before));
        (await Demo.AuditAsync(app)).ShouldNotContain(e => e.Resource == "plan/values");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_broken_rules_are_both_named_and_an_old_version_gets_409(string provider)
    {
        using var app = new AppFactory(provider);
        var phone = await app.ApiAs(Clients.Demo("bruker"));
        var laptop = await app.ApiAs(Clients.Demo("bruker"));

        var tooMany = await phone.PutAsJsonAsync("/api/v1/me/plan/values", new { chosen = Ten.Append("Mot"), kept = Ten.Take(6), version = 1 });
        var first = await phone.PutAsJsonAsync("/api/v1/me/plan/values", new { chosen = Ten, kept = Ten.Take(5), version = 1 });
        var second = await laptop.PutAsJsonAsync("/api/v1/me/plan/values", new { chosen = Ten.Take(2), kept = Ten.Take(1), version = 1 });

        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await tooMany.JsonAsync()).GetProperty("errors");
        errors.GetProperty("chosen").GetArrayLength().ShouldBe(1);
        errors.GetProperty("kept").GetArrayLength().ShouldBe(1);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.JsonAsync()).GetProperty("current").GetProperty("chosen").GetArrayLength().ShouldBe(10);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_values_page_chooses_and_keeps_without_javascript(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        var form = await browser.GetStringAsync("/min-plan/verdier");

        var chosen = await PostAsync(browser, "/min-plan/verdier?handler=Choose", form,
            [.. new[] { "Mot", "Humor", "Familie", "Helse", "Håp" }.Select(v => Field("chosen", v)), Field("own", "Å spille gitar"), Field("own", ""), Field("version", "1")]);
        var step2 = await browser.GetStringAsync("/min-plan/verdier");
        var tooMany = await PostAsync(browser, "/min-plan/verdier?handler=Keep", step2,
            [.. new[] { "Mot", "Humor", "Familie", "Helse", "Håp", "Å spille gitar" }.Select(v => Field("kept", v)), Field("reflection", "Mine tanker"), Field("version", "2")]);
        var kept = await PostAsync(browser, "/min-plan/verdier?handler=Keep", step2,
            [.. new[] { "Mot", "Familie", "Å spille gitar" }.Select(v => Field("kept", v)), Field("reflection", "Mine tanker"), Field("version", "2")]);

        form.ShouldContain("<legend>");
        form.ShouldContain("Er det noe som hindrer meg i å leve etter verdiene mine?");
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        step2.ShouldContain("value=\"Å spille gitar\"");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedPage = await tooMany.Content.ReadAsStringAsync();
        refusedPage.ShouldContain("Du kan beholde høyst 5 verdier. Nå er 6 valgt.");
        refusedPage.ShouldContain("Mine tanker");
        kept.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var values = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("values");
        values.GetProperty("chosen").EnumerateArray().Select(v => v.GetString()).ShouldBe(["Mot", "Humor", "Familie", "Helse", "Håp", "Å spille gitar"]);
        values.GetProperty("kept").EnumerateArray().Select(v => v.GetString()).ShouldBe(["Mot", "Familie", "Å spille gitar"]);
        values.GetProperty("reflection").GetString().ShouldBe("Mine tanker");
    }

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    /// <summary>A form with repeated names (checkboxes), posted the way a browser does, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string page, List<KeyValuePair<string, string>> fields)
    {
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue();
        fields.Add(Field("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
