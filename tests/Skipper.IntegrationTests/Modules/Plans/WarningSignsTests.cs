using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class WarningSignsTests
{
    private const string Path = "/api/v1/me/plan/warning-signs";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_saves_warning_signs_and_the_relative_reads_and_prints_them_but_not_meetings_or_decisions(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var relative = await app.ApiAs(Clients.Demo("parorende"));

        var saved = await person.PutAsJsonAsync(Path, new
        {
            earlySigns = "Jeg sover <b>dårlig</b>", whatIDo = "Går tur", whatOthersDo = "Ringer meg", whoToCall = "Kari", crisisNumbers = "", version = 1,
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.JsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
        var read = await relative.GetAsync($"/api/v1/persons/{personId}/plan/warning-signs");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.JsonAsync()).GetProperty("warningSigns").GetProperty("earlySigns").GetString().ShouldBe("Jeg sover <b>dårlig</b>");
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/meetings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await relative.GetAsync($"/api/v1/persons/{personId}/plan/decisions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var sheet = await (await app.BrowserAs(Clients.Demo("parorende"))).GetAsync($"/delt/{personId}/varselsignaler");
        sheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await sheet.Content.ReadAsStringAsync();
        html.ShouldContain("Jeg sover &lt;b&gt;dårlig&lt;/b&gt;");
        html.ShouldContain("116 123 – Mental Helse hjelpetelefonen");
        html.ShouldContain("22 40 00 40 – Kirkens SOS");
        var audit = (await Demo.AuditAsync(app)).Where(e => e.PersonId == personId).ToList();
        audit.ShouldContain(e => e.Action == "change" && e.ActorRole == "bruker" && e.Resource == "plan/warning-signs");
        audit.Count(e => e.Action == "read" && e.ActorRole == "parorende" && e.Resource == "plan/warning-signs").ShouldBe(2);
        audit.Count(e => e.Action == "denied" && e.ActorRole == "parorende").ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Too_long_text_an_old_version_or_a_staff_write_change_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var other = await app.ApiAs(Clients.Demo("bruker"));
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var before = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();

        var tooLong = await person.PutAsJsonAsync(Path, new { earlySigns = new string('x', 4001), version = 1 });
        var noVersion = await person.PutAsJsonAsync(Path, new { earlySigns = "Noe" });
        var byStaff = await staff.PutAsJsonAsync(Path, new { earlySigns = "Skrevet av ansatt", version = 1 });

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("earlySigns")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        noVersion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        byStaff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        JsonSerializer.Serialize(await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).ShouldBe(JsonSerializer.Serialize(before));

        (await person.PutAsJsonAsync(Path, new { earlySigns = "Fra telefonen", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var late = await other.PutAsJsonAsync(Path, new { earlySigns = "Fra PC-en", version = 1 });

        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.JsonAsync()).GetProperty("current").GetProperty("earlySigns").GetString().ShouldBe("Fra telefonen");
        var plan = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        plan.GetProperty("warningSigns").GetProperty("earlySigns").GetString().ShouldBe("Fra telefonen");
        plan.GetProperty("warningSigns").GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_saves_refuses_with_the_text_kept_and_prints_the_national_numbers_by_default(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        const string page = "/min-plan/varselsignaler";

        var saved = await browser.PostFormAsync(page, new() { ["earlySigns"] = "Uro i kroppen", ["crisisNumbers"] = "Kari: 900 00 000", ["version"] = "1" });
        var refused = await browser.PostFormAsync(page, new() { ["earlySigns"] = "Beholdes", ["whatIDo"] = new string('y', 4001), ["version"] = "2" });
        var print = await browser.GetStringAsync(page + "/utskrift");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        refusedPage.ShouldContain("Teksten kan være høyst 4000 tegn.");
        refusedPage.ShouldContain("Beholdes");
        print.ShouldContain("Uro i kroppen");
        print.ShouldContain("Kari: 900 00 000");
        print.ShouldNotContain("Kirkens SOS");
        (await browser.GetStringAsync("/min-plan")).ShouldContain("href=\"/min-plan/varselsignaler/utskrift\"");

        (await browser.PostFormAsync(page, new() { ["earlySigns"] = "Uro i kroppen", ["crisisNumbers"] = "", ["version"] = "2" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync(page + "/utskrift")).ShouldContain("113 – medisinsk nødhjelp");
    }
}
