using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class ChimeTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_writes_each_element_and_rates_them_over_time(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var demoRatings = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("chime").GetProperty("ratings").GetArrayLength();

        var hope = await person.PutAsJsonAsync("/api/v1/me/plan/chime/HOPE", new { text = "Våren", version = 1 });
        var identity = await person.PutAsJsonAsync("/api/v1/me/plan/chime/identity", new { text = "Mer enn en diagnose", version = 0 });
        var round = await person.PostAsJsonAsync("/api/v1/me/plan/chime/ratings", new { ratings = new Dictionary<string, int?> { ["connectedness"] = 3, ["Hope"] = 5, ["meaning"] = null } });
        var again = await person.PostAsJsonAsync("/api/v1/me/plan/chime/ratings", new { ratings = new { empowerment = 1 } });

        hope.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await hope.JsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
        identity.StatusCode.ShouldBe(HttpStatusCode.OK);
        round.StatusCode.ShouldBe(HttpStatusCode.Created);
        var stored = (await round.JsonAsync()).EnumerateArray().ToList();
        stored.Select(r => r.GetProperty("element").GetString()).ShouldBe(["connectedness", "hope"]);
        stored.Select(r => r.GetProperty("ratedAt").GetDateTimeOffset()).Distinct().Count().ShouldBe(1);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        var chime = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("chime");
        chime.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("element").GetString()).ShouldBe(["connectedness", "hope", "identity", "meaning", "empowerment"]);
        chime.GetProperty("notes")[2].GetProperty("text").GetString().ShouldBe("Mer enn en diagnose");
        chime.GetProperty("ratings").GetArrayLength().ShouldBe(demoRatings + 3);
        chime.GetProperty("ratings").EnumerateArray().Last().GetProperty("element").GetString().ShouldBe("empowerment");
        var changes = (await Demo.AuditAsync(app)).Where(e => e.Action == "change" && e.PersonId == personId).Select(e => e.Resource).ToList();
        changes.ShouldBe(["plan/chime/hope", "plan/chime/identity", "plan/chime/ratings", "plan/chime/ratings"]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_chime_input_gets_a_clear_message_and_changes_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var before = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();

        var unknown = await person.PutAsJsonAsync("/api/v1/me/plan/chime/courage", new { text = "Noe", version = 0 });
        var number = await person.PutAsJsonAsync("/api/v1/me/plan/chime/1", new { text = "Noe", version = 0 });
        var tooLong = await person.PutAsJsonAsync("/api/v1/me/plan/chime/hope", new { text = new string('h', 4001), version = 1 });
        var outOfScale = await person.PostAsJsonAsync("/api/v1/me/plan/chime/ratings", new { ratings = new { hope = 6, meaning = 0, identity = 3 } });
        var notChime = await person.PostAsJsonAsync("/api/v1/me/plan/chime/ratings", new { ratings = new { courage = 3 } });
        var nothing = await person.PostAsJsonAsync("/api/v1/me/plan/chime/ratings", new { ratings = new { } });
        var twice = await person.PostAsJsonAsync("/api/v1/me/plan/chime/ratings", new { ratings = new Dictionary<string, int> { ["hope"] = 3, ["HOPE"] = 4 } });
        var notNumber = await person.PostAsync("/api/v1/me/plan/chime/ratings", JsonContent.Create(JsonDocument.Parse("{\"ratings\":{\"hope\":\"fire\"}}").RootElement));

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.JsonAsync()).GetProperty("title").GetString()!.ShouldStartWith("Det finnes ingen slik del av CHIME.");
        number.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        outOfScale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await outOfScale.JsonAsync()).GetProperty("errors");
        errors.GetProperty("hope")[0].GetString().ShouldBe("Velg et tall fra 1 til 5.");
        errors.GetProperty("meaning")[0].GetString().ShouldBe("Velg et tall fra 1 til 5.");
        errors.TryGetProperty("identity", out _).ShouldBeFalse();
        (await notChime.JsonAsync()).GetProperty("errors").GetProperty("ratings")[0].GetString()!.ShouldStartWith("«courage» er ikke en del av CHIME.");
        (await nothing.JsonAsync()).GetProperty("errors").GetProperty("ratings")[0].GetString().ShouldBe("Velg et tall for minst én av de fem.");
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notNumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var after = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        JsonSerializer.Serialize(after).ShouldBe(JsonSerializer.Serialize(before));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_chime_text_saved_from_an_old_version_is_refused_with_the_newer_text(string provider)
    {
        using var app = new AppFactory(provider);
        var phone = await app.ApiAs(Clients.Demo("bruker"));
        var laptop = await app.ApiAs(Clients.Demo("bruker"));

        var first = await phone.PutAsJsonAsync("/api/v1/me/plan/chime/identity", new { text = "Fra telefonen", version = 0 });
        var second = await laptop.PutAsJsonAsync("/api/v1/me/plan/chime/identity", new { text = "Fra PC-en", version = 0 });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var current = (await second.JsonAsync()).GetProperty("current");
        current.GetProperty("text").GetString().ShouldBe("Fra telefonen");
        current.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_chime_page_saves_text_and_ratings_and_draws_them_with_a_table(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));

        var note = await browser.PostFormAsync("/min-plan/chime?handler=Note&element=identity", new() { ["text"] = "Jeg er <i>meg</i>", ["version"] = "0" }, "/min-plan/chime");
        var rated = await browser.PostFormAsync("/min-plan/chime?handler=Rate",
            new() { ["rating[hope]"] = "5", ["rating[identity]"] = "", ["rating[meaning]"] = "2" }, "/min-plan/chime");
        var none = await browser.PostFormAsync("/min-plan/chime?handler=Rate", new() { ["rating[hope]"] = "" }, "/min-plan/chime");
        var page = await browser.GetStringAsync("/min-plan/chime");

        note.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        rated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.Content.ReadAsStringAsync()).ShouldContain("Velg et tall for minst én av de fem.");
        page.ShouldContain("Jeg er &lt;i&gt;meg&lt;/i&gt;");
        page.ShouldContain("role=\"img\"");
        page.ShouldContain("<title id=\"chime-chart-title\">");
        page.ShouldContain("gitt 4 ganger");
        page.ShouldContain("<table>");
        page.ShouldNotContain("style=");
        var ratings = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("chime").GetProperty("ratings").EnumerateArray().ToList();
        ratings.TakeLast(2).Select(r => (r.GetProperty("element").GetString(), r.GetProperty("score").GetInt32())).ShouldBe([("hope", 5), ("meaning", 2)], ignoreOrder: true);
    }
}
