using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Skipper.IntegrationTests.Modules.Guide.ExerciseForms;

namespace Skipper.IntegrationTests.Modules.Guide;

public sealed class ValuesExerciseTests
{
    private const string Api = "/api/v1/guide/exercises/values";
    private static readonly string[] Ten = ["Respekt", "Humor", "Åpenhet", "Mot", "Tillit", "Trygghet", "Ærlighet", "Likeverd", "Vennskap", "Å lytte"];

    private static readonly (string Rule, object Body, HttpStatusCode Status, string Field, string Message)[] Rules =
    [
        ("eleven chosen", new { chosen = Ten.Append("Kunnskap"), kept = Array.Empty<string>(), version = 1 }, HttpStatusCode.BadRequest, "chosen", "Du kan velge høyst 10 verdier. Nå er 11 valgt."),
        ("six kept", new { chosen = Ten, kept = Ten.Take(6), version = 1 }, HttpStatusCode.BadRequest, "kept", "Du kan beholde høyst 5 verdier. Nå er 6 valgt."),
        ("kept not chosen", new { chosen = Ten.Take(3), kept = new[] { "Kunnskap" }, version = 1 }, HttpStatusCode.BadRequest, "kept", "«Kunnskap» er ikke blant verdiene du valgte. Du kan bare beholde verdier du har valgt."),
        ("long answer", new { chosen = Ten, kept = Ten.Take(1), reflection = new string('r', 4001), version = 1 }, HttpStatusCode.BadRequest, "reflection", "Teksten kan være høyst 4000 tegn."),
        ("no version", new { chosen = Ten, kept = Ten.Take(1) }, HttpStatusCode.BadRequest, "version", "Versjonen mangler. Last inn siden på nytt og prøv igjen."),
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_bad_answer_gets_a_norwegian_message_and_changes_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        (await staff.PutAsJsonAsync(Api, new { chosen = Ten.Take(4), kept = Ten.Take(2), reflection = "Første svar", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await staff.GetStringAsync(Api);

        foreach (var (rule, body, status, field, message) in Rules)
        {
            var refused = await staff.PutAsJsonAsync(Api, body);

            refused.StatusCode.ShouldBe(status, rule);
            (await refused.JsonAsync()).GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ShouldContain(message, rule);
        }
        var old = await staff.PutAsJsonAsync(Api, new { chosen = Ten.Take(2), kept = Ten.Take(1), version = 0 });
        old.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await old.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Noen lagret en nyere versjon mens du skrev. Ingenting er overskrevet.");
        problem.GetProperty("current").GetProperty("reflection").GetString().ShouldBe("Første svar");
        (await staff.GetStringAsync(Api)).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_round_keeps_the_old_one_and_the_compare_page_shows_both(string provider)
    {
        using var app = new AppFactory(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var tooEarly = await staff.PostAsync(Api + "/rounds", null);
        var first = await staff.PutAsJsonAsync(Api, new { chosen = Ten, kept = new[] { "respekt", "Mot" }, reflection = "Runde én", version = 0 });
        var second = await staff.PostAsync(Api + "/rounds", null);
        var twice = await staff.PostAsync(Api + "/rounds", null);
        var saved = await staff.PutAsJsonAsync(Api, new { chosen = new[] { "Respekt", "Tålmodighet" }, kept = new[] { "Respekt", "Tålmodighet" }, reflection = "Runde to", version = 1 });

        tooEarly.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooEarly.JsonAsync()).GetProperty("title").GetString().ShouldBe("Gjør ferdig runden du holder på med først: behold minst én verdi og lagre.");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var one = await first.JsonAsync();
        one.GetProperty("kept").EnumerateArray().Select(v => v.GetString()).ShouldBe(["Respekt", "Mot"]);
        one.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.String);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await second.JsonAsync()).GetProperty("number").GetInt32().ShouldBe(2);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rounds = (await (await staff.GetAsync(Api + "/rounds")).JsonAsync()).EnumerateArray().ToList();
        rounds.Select(r => r.GetProperty("number").GetInt32()).ShouldBe([1, 2]);
        rounds[0].GetProperty("reflection").GetString().ShouldBe("Runde én");
        rounds[0].GetProperty("chosen").GetArrayLength().ShouldBe(10);
        rounds[1].GetProperty("kept").EnumerateArray().Select(v => v.GetString()).ShouldBe(["Respekt", "Tålmodighet"]);

        var compare = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/veileder/verdier/sammenlign");
        compare.ShouldContain("Runde 1 og runde 2");
        compare.ShouldContain("Runde én");
        compare.ShouldContain("Runde to");
        compare.ShouldContain("<li class=\"kept-both\">Respekt <span class=\"badge\">beholdt i begge</span></li>");
        compare.ShouldNotContain("<li class=\"kept-both\">Mot");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_chooses_keeps_and_starts_a_new_round_without_javascript(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var form = await browser.GetStringAsync("/veileder/verdier");

        var chosen = await browser.PostAsync("/veileder/verdier?handler=Choose", form,
            [.. new[] { "Respekt", "Mot", "Humor" }.Select(v => Field("chosen", v)), Field("own", "Å lytte"), Field("own", ""), Field("version", "0")]);
        var step2 = await browser.GetStringAsync("/veileder/verdier");
        var tooMany = await browser.PostAsync("/veileder/verdier?handler=Keep", step2,
            [.. new[] { "Respekt", "Mot", "Humor", "Å lytte" }.Select(v => Field("kept", v)), Field("kept", "Tillit"), Field("kept", "Ærlighet"), Field("reflection", "Svarene mine her"), Field("version", "1")]);
        var kept = await browser.PostAsync("/veileder/verdier?handler=Keep", step2,
            [Field("kept", "Respekt"), Field("kept", "Å lytte"), Field("reflection", "Svarene mine her"), Field("version", "1")]);
        var done = await browser.GetStringAsync("/veileder/verdier");
        var newRound = await browser.PostAsync("/veileder/verdier?handler=NewRound", done, []);

        step2.ShouldContain("Hva gjør det vanskelig for meg å leve etter dem?");
        form.ShouldNotContain("Start en ny runde</button>");
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await tooMany.Content.ReadAsStringAsync();
        refused.ShouldContain("Du kan beholde høyst 5 verdier. Nå er 6 valgt.");
        refused.ShouldContain("Svarene mine her");
        kept.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        kept.Headers.Location!.ToString().ShouldBe("/veileder/verdier?lagret=true#kept");
        done.ShouldContain("Start en ny runde</button>");
        newRound.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var api = await app.ApiAs(Clients.Demo("ansatt"));
        var rounds = (await (await api.GetAsync(Api + "/rounds")).JsonAsync()).EnumerateArray().ToList();
        rounds.Count.ShouldBe(2);
        rounds[0].GetProperty("kept").EnumerateArray().Select(v => v.GetString()).ShouldBe(["Respekt", "Å lytte"]);
        rounds[0].GetProperty("reflection").GetString().ShouldBe("Svarene mine her");
        rounds[1].GetProperty("chosen").GetArrayLength().ShouldBe(0);
        (await browser.GetStringAsync("/veileder/verdier")).ShouldContain("Runde 2, startet");
    }
}
