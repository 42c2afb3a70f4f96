using System.Net;

namespace Skipper.IntegrationTests.Modules.Dashboards;

/// <summary>Who reads which dashboard, and that no dashboard or export ever leads to one person.</summary>
[Collection(AppsCollection.Name)]
public sealed class DashboardAccessTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task No_dashboard_page_or_export_names_a_person_or_carries_their_id(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var api = await app.ApiAs(town.SectionLeader);
        var browser = await app.BrowserAs(town.SectionLeader);
        var q = DashboardKit.Period;

        string[] read =
        [
            await api.GetStringAsync($"/api/v1/dashboards/section?{q}"),
            await api.GetStringAsync($"/api/v1/dashboards/section?{q}&grain=quarter"),
            await api.GetStringAsync($"/api/v1/dashboards/departments/{town.A}?{q}"),
            await api.GetStringAsync($"/api/v1/dashboards/departments/{town.B}?{q}"),
            await browser.GetStringAsync($"/ledelse?{q}"),
            await browser.GetStringAsync($"/ledelse/avdeling/{town.A}?{q}"),
            await browser.GetStringAsync($"/ledelse/eksport.csv?{q}"),
            await browser.GetStringAsync($"/ledelse/eksport.csv?{q}&avdeling={town.B}"),
        ];

        foreach (var (id, name) in town.People)
        {
            foreach (var text in read)
            {
                text.ShouldNotContain(id.ToString(), Case.Insensitive);
                text.ShouldNotContain(id.ToString("N"), Case.Insensitive);
                text.ShouldNotContain(name);
            }
        }
        read[0].ShouldNotContain("\"personId\"", Case.Insensitive);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_leader_cannot_reach_one_persons_answers_through_the_api(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);

        foreach (var email in new[] { town.SectionLeader, town.LeaderOfA })
        {
            var leader = await app.ApiAs(email);
            var answers = await leader.GetAsync($"/api/v1/persons/{town.People[0].Id}/feedback");
            answers.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_department_leader_reads_only_their_own_department(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var leader = await app.ApiAs(town.LeaderOfA);
        var browser = await app.BrowserAs(town.LeaderOfA);
        var q = DashboardKit.Period;

        var sectionRefused = await leader.GetAsync($"/api/v1/dashboards/section?{q}");
        sectionRefused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sectionRefused.JsonAsync()).GetProperty("title").GetString().ShouldBe("Bare seksjonsledere kan se tallene for hele seksjonen.");
        (await leader.GetAsync($"/api/v1/dashboards/departments/{town.B}?{q}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.GetAsync($"/api/v1/dashboards/departments/{Guid.NewGuid()}?{q}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/ledelse/avdeling/{town.B}?{q}")).Headers.Location!.AbsolutePath.ShouldBe("/feil/403");
        (await browser.GetAsync($"/ledelse/eksport.csv?{q}&avdeling={town.B}")).Headers.Location!.AbsolutePath.ShouldBe("/feil/403");
        var own = WebUtility.HtmlDecode(await browser.GetStringAsync($"/ledelse?{q}"));
        own.ShouldContain("Ledelsestall: Testteam");
        own.ShouldNotContain("Avdeling B");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_municipalitys_department_is_not_found(string provider)
    {
        var app = apps.For(provider);
        var town = await DashboardKit.TownAsync(app);
        var section = await app.ApiAs(town.SectionLeader);
        var demoDepartment = (await app.FindAccountAsync(Clients.Demo("avdelingsleder"))).DepartmentId!.Value;
        var demoSection = await app.ApiAs(Clients.Demo("seksjonsleder"));

        (await section.GetAsync($"/api/v1/dashboards/departments/{demoDepartment}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await demoSection.GetAsync($"/api/v1/dashboards/departments/{town.A}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var demo = await (await demoSection.GetAsync("/api/v1/dashboards/section?" + DashboardKit.Period)).JsonAsync();
        DashboardKit.Figure(demo, "meetings-attended").GetProperty("departments").EnumerateArray()
            .ShouldNotContain(d => d.GetProperty("departmentId").GetString() == town.A.ToString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_leaders_open_the_dashboards(string provider)
    {
        var app = apps.For(provider);
        foreach (var role in new[] { "ansatt", "erfaringsmedarbeider", "recoverykontakt", "admin", "bruker", "parorende" })
        {
            var api = await app.ApiAs(Clients.Demo(role));
            (await api.GetAsync("/api/v1/dashboards/section")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        var anonymous = app.Browser();
        (await anonymous.GetAsync("/ledelse")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.CreateClient().GetAsync("/api/v1/dashboards/section")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_home_page_links_leaders_to_the_dashboards(string provider)
    {
        var app = apps.For(provider);

        var leader = await (await app.BrowserAs(Clients.Demo("avdelingsleder"))).GetStringAsync("/hjem");
        var staff = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/hjem");

        leader.ShouldContain("href=\"/ledelse\"");
        staff.ShouldNotContain("href=\"/ledelse\"");
    }
}
