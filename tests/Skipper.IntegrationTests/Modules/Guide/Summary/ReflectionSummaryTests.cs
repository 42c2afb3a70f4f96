using System.Net;
using Skipper.Web.Platform.Identity;

namespace Skipper.IntegrationTests.Modules.Guide.Summary;

[Collection(AppsCollection.Name)]
public sealed class ReflectionSummaryTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Counts_of_staff_show_only_from_five(string provider)
    {
        var app = apps.For(provider);
        var department = await GuideKit.NewDepartmentAsync(app);
        foreach (var role in new[] { Roles.Staff, Roles.Staff, Roles.PeerWorker, Roles.RecoveryContact })
        {
            await GuideKit.AddStaffAsync(app, department, role, values: true, chime: true);
        }
        // Not counted: a leader and an account that is no longer active.
        await GuideKit.AddStaffAsync(app, department, Roles.DepartmentLeader, values: true, chime: true);
        await GuideKit.AddStaffAsync(app, department, Roles.Staff, values: true, chime: true, active: false);
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var browser = await app.BrowserAs(Clients.Demo("seksjonsleder"));

        var four = await GuideKit.SummaryAsync(section, department.DepartmentId);
        var fourPage = await browser.GetStringAsync($"/veileder/avdeling?avdeling={department.DepartmentId}");
        await GuideKit.AddStaffAsync(app, department, Roles.Staff, values: true);
        var five = await GuideKit.SummaryAsync(section, department.DepartmentId);
        var fivePage = await browser.GetStringAsync($"/veileder/avdeling?avdeling={department.DepartmentId}");

        four.GetProperty("staff").GetProperty("count").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        four.GetProperty("staff").GetProperty("reason").GetString().ShouldBe("under 5");
        var values4 = four.GetProperty("exercises")[0];
        values4.GetProperty("exercise").GetString().ShouldBe("values");
        values4.GetProperty("done").GetProperty("count").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        values4.GetProperty("done").GetProperty("reason").GetString().ShouldBe("under 5");
        values4.GetProperty("sharePercent").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        fourPage.ShouldContain("færre enn 5");
        fourPage.ShouldContain("Vi viser antall personer bare når det er minst 5.");

        five.GetProperty("staff").GetProperty("count").GetInt32().ShouldBe(5);
        var values5 = five.GetProperty("exercises")[0];
        values5.GetProperty("done").GetProperty("count").GetInt32().ShouldBe(5);
        values5.GetProperty("sharePercent").GetInt32().ShouldBe(100);
        var chime5 = five.GetProperty("exercises")[1];
        chime5.GetProperty("exercise").GetString().ShouldBe("chime");
        chime5.GetProperty("done").GetProperty("count").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        chime5.GetProperty("sharePercent").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        fivePage.ShouldContain("100 %");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Leaders_and_contacts_read_their_own_department_and_section_leaders_any(string provider)
    {
        var app = apps.For(provider);
        var other = await GuideKit.NewDepartmentAsync(app);
        var own = (await app.FindAccountAsync(Clients.Demo("avdelingsleder"))).DepartmentId!.Value;
        var neighbourDepartment = (await app.FindAccountAsync(Clients.Nabo("avdelingsleder"))).DepartmentId!.Value;
        var leader = await app.ApiAs(Clients.Demo("avdelingsleder"));
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        string Summary(Guid id) => $"/api/v1/departments/{id}/reflection-summary";

        (await leader.GetAsync(Summary(own))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await contact.GetAsync(Summary(own))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await section.GetAsync(Summary(other.DepartmentId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await leader.GetAsync(Summary(other.DepartmentId));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.JsonAsync()).GetProperty("title").GetString().ShouldBe("Du kan bare se tallene for din egen avdeling.");
        (await contact.GetAsync(Summary(other.DepartmentId))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.GetAsync($"/api/v1/guide/reflection-sessions?departmentId={other.DepartmentId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await section.GetAsync(Summary(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await section.GetAsync(Summary(neighbourDepartment))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var role in new[] { "ansatt", "erfaringsmedarbeider", "admin", "bruker" })
        {
            var api = await app.ApiAs(Clients.Demo(role));
            (await api.GetAsync(Summary(own))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
            (await api.GetAsync("/api/v1/guide/reflection-sessions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }

        var leaderPage = await app.BrowserAs(Clients.Demo("avdelingsleder"));
        (await leaderPage.GetAsync("/veileder/avdeling")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leaderPage.GetAsync($"/veileder/avdeling?avdeling={other.DepartmentId}")).Headers.Location!.ToString().ShouldContain("/feil/403");
        var sectionPage = await (await app.BrowserAs(Clients.Demo("seksjonsleder"))).GetStringAsync("/veileder/avdeling");
        sectionPage.ShouldContain("<select id=\"avdeling\" name=\"avdeling\">");
        var staffPage = await app.BrowserAs(Clients.Demo("ansatt"));
        (await staffPage.GetAsync("/veileder/avdeling")).Headers.Location!.ToString().ShouldContain("/feil/403");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task No_page_or_endpoint_of_the_deck_or_the_counts_shows_an_exercise_answer(string provider)
    {
        var app = apps.For(provider);
        var department = await GuideKit.NewDepartmentAsync(app);
        for (var i = 0; i < 6; i++)
        {
            await GuideKit.AddStaffAsync(app, department, Roles.Staff, values: true, chime: true);
        }
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var cardId = (await GuideKit.CardsAsync(section))[0].GetProperty("id").GetGuid();
        await GuideKit.LogAsync(section, new { departmentId = department.DepartmentId, heldOn = GuideKit.Today, cardId, participants = 6 });
        var browser = await app.BrowserAs(Clients.Demo("seksjonsleder"));

        var answers = new List<string>
        {
            await (await section.GetAsync($"/api/v1/departments/{department.DepartmentId}/reflection-summary")).Content.ReadAsStringAsync(),
            await (await section.GetAsync($"/api/v1/guide/reflection-sessions?departmentId={department.DepartmentId}")).Content.ReadAsStringAsync(),
            await (await section.GetAsync("/api/v1/guide/cards")).Content.ReadAsStringAsync(),
            await (await section.GetAsync("/api/v1/guide/cards/draw")).Content.ReadAsStringAsync(),
            await browser.GetStringAsync($"/veileder/avdeling?avdeling={department.DepartmentId}"),
            await browser.GetStringAsync("/veileder/kort"),
            await browser.GetStringAsync("/veileder/kort/1"),
            await browser.GetStringAsync("/veileder/kort/logg"),
        };

        answers[0].ShouldContain("\"count\":6");
        answers.ShouldAllBe(a => !a.Contains(GuideKit.Secret));
    }
}
