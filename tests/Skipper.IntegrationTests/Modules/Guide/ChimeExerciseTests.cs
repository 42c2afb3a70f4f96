using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Skipper.IntegrationTests.Modules.Guide.ExerciseForms;

namespace Skipper.IntegrationTests.Modules.Guide;

public sealed class ChimeExerciseTests
{
    private const string Api = "/api/v1/guide/exercises/chime";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_exercise_is_done_when_all_five_have_text_and_stays_done(string provider)
    {
        using var app = new AppFactory(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var empty = await (await staff.GetAsync(Api)).JsonAsync();
        var partly = await (await staff.PutAsJsonAsync(Api, new { connectedness = "Teamet mitt", hope = "Å se folk komme seg", purpose = "colleagues", version = 0 })).JsonAsync();
        var all = await (await staff.PutAsJsonAsync(Api,
            new { connectedness = "Teamet mitt", hope = "Å se folk komme seg", identity = "Mer enn en rolle", meaning = "Å være der", empowerment = "Å la den andre styre", purpose = "personInRecovery", version = 1 })).JsonAsync();
        var later = await (await staff.PutAsJsonAsync(Api, new { connectedness = "Teamet mitt", purpose = "alone", version = 2 })).JsonAsync();

        empty.GetProperty("version").GetInt32().ShouldBe(0);
        empty.GetProperty("purpose").GetString().ShouldBe("alone");
        partly.GetProperty("purpose").GetString().ShouldBe("colleagues");
        partly.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        all.GetProperty("purpose").GetString().ShouldBe("personInRecovery");
        all.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.String);
        later.GetProperty("completedAt").GetDateTimeOffset().ShouldBe(all.GetProperty("completedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        later.GetProperty("hope").GetString().ShouldBe("");
        later.GetProperty("version").GetInt32().ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_gets_a_norwegian_message_and_changes_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        (await staff.PutAsJsonAsync(Api, new { hope = "Lagret håp", purpose = "colleagues", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await staff.GetStringAsync(Api);

        var tooLong = await staff.PutAsJsonAsync(Api, new { hope = "Nytt", meaning = new string('m', 4001), version = 1 });
        var purpose = await staff.PutAsJsonAsync(Api, new { hope = "Nytt", purpose = "manager", version = 1 });
        var number = await staff.PutAsJsonAsync(Api, new { hope = "Nytt", purpose = "1", version = 1 });
        var old = await staff.PutAsJsonAsync(Api, new { hope = "Nytt", version = 0 });

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("meaning")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        purpose.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await purpose.JsonAsync()).GetProperty("errors").GetProperty("purpose")[0].GetString()!.ShouldStartWith("Velg hva du forbereder deg til");
        number.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        old.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await old.JsonAsync()).GetProperty("current").GetProperty("hope").GetString().ShouldBe("Lagret håp");
        (await staff.GetStringAsync(Api)).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_keeps_typed_text_when_one_element_is_too_long_and_saves_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var page = await browser.GetStringAsync("/veileder/chime");

        var refused = await browser.PostAsync("/veileder/chime", page,
            [Field("connectedness", "Skrevet tilhørighet"), Field("identity", new string('i', 4001)), Field("purpose", "colleagues"), Field("version", "0")]);
        var saved = await browser.PostAsync("/veileder/chime", page,
            [Field("connectedness", "Skrevet tilhørighet"), Field("hope", "H"), Field("identity", "I"), Field("meaning", "M"), Field("empowerment", "E"), Field("purpose", "colleagues"), Field("version", "0")]);

        page.ShouldContain("<label for=\"chime-connectedness\">Hva betyr tilhørighet for meg?</label>");
        page.ShouldContain("data-print");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Teksten kan være høyst 4000 tegn.");
        html.ShouldContain("Skrevet tilhørighet</textarea>");
        html.ShouldContain("id=\"purpose-colleagues\" name=\"purpose\" value=\"colleagues\" checked=\"checked\"");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await (await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync(Api)).JsonAsync();
        stored.GetProperty("version").GetInt32().ShouldBe(1);
        stored.GetProperty("identity").GetString().ShouldBe("I");
        (await browser.GetStringAsync("/veileder/chime")).ShouldContain("Fullført ");
    }
}
