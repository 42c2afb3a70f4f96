using System.Net;
using System.Text.RegularExpressions;

namespace Skipper.IntegrationTests.Modules.Community;

[Collection(CollegeAppsCollection.Name)]
public sealed partial class CancelByCodeAndExportTests(CollegeApps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Someone_without_an_account_enrols_on_the_page_and_cancels_by_the_link_they_were_given(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 1);
        var waiting = await app.CreateClient().EnrolAnonymouslyAsync(session, "Først", "forst@example.org");
        var browser = app.Browser();

        var enrolled = await browser.PostFormAsync($"/recoveryskole/{session.CourseId}?handler=Enrol",
            new() { ["sessionId"] = session.SessionId.ToString(), ["name"] = "Kari", ["phone"] = "+47 912 34 567" }, $"/recoveryskole/{session.CourseId}");
        var page = await enrolled.Content.ReadAsStringAsync();
        page.ShouldContain("Du er nummer 1 på ventelisten");
        var link = WebUtility.HtmlDecode(CancelLink().Match(page).Groups[1].Value);
        link.ShouldStartWith("/recoveryskole/avmeld/");
        var wrong = await app.Browser().GetAsync(link[..^4] + "AAAA");
        var opened = await app.Browser().GetStringAsync(link);
        var cancelled = await app.Browser().PostFormAsync(link, new() { ["kode"] = CodeOf(link) });
        var first = (await waiting.JsonAsync()).GetProperty("cancelPath").GetString()!;
        var apiCancel = await app.CreateClient().DeleteAsync($"{session.Enrolments}/{first.Split('/')[3].Split('?')[0]}?code={Uri.EscapeDataString(CodeOf(first))}");
        var withoutCode = await app.CreateClient().DeleteAsync($"{session.Enrolments}/{first.Split('/')[3].Split('?')[0]}");

        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        opened.ShouldContain("Nummer 1 på ventelisten");
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cancelled.Content.ReadAsStringAsync()).ShouldContain("Du er meldt av.");
        apiCancel.StatusCode.ShouldBe(HttpStatusCode.OK);
        withoutCode.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var stored = await CollegeKit.StoredAsync(app, session);
        stored.Select(e => e.Status.ToString()).ShouldBe(["Cancelled", "Cancelled"]);
        stored.ShouldAllBe(e => e.CancelCodeHash != null && !e.CancelCodeHash.Contains(CodeOf(link), StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_person_cannot_cancel_someone_elses_enrolment(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 3);
        var mine = await (await app.ApiAs(Clients.Demo("bruker"))).EnrolAsync(session);
        var id = (await mine.JsonAsync()).GetProperty("id").GetGuid();

        var other = await (await app.ApiAs(Clients.Demo("parorende"))).DeleteAsync($"{session.Enrolments}/{id}");
        var anonymous = await app.CreateClient().DeleteAsync($"{session.Enrolments}/{id}?code=gjetning");

        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CollegeKit.StoredAsync(app, session)).Single().Status.ToString().ShouldBe("Enrolled");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_persons_export_and_my_enrolments_page_hold_their_enrolments(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 3);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        (await person.EnrolAsync(session)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var export = await (await person.GetAsync("/api/v1/me/export")).JsonAsync();
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        var page = await browser.GetStringAsync("/recoveryskole/mine");

        var enrolments = export.GetProperty("enrolments").EnumerateArray().ToList();
        var ours = enrolments.Single(e => e.GetProperty("sessionId").GetGuid() == session.SessionId);
        ours.GetProperty("status").GetString().ShouldBe("enrolled");
        ours.GetProperty("courseTitle").GetString()!.ShouldStartWith("Testkurs");
        page.ShouldContain(ours.GetProperty("courseTitle").GetString()!);
        page.ShouldContain("Meld meg av");
    }

    private static string CodeOf(string link) => Uri.UnescapeDataString(link[(link.IndexOf("kode=", StringComparison.Ordinal) + 5)..]);

    [GeneratedRegex("<a href=\"(/recoveryskole/avmeld/[^\"]+)\"")]
    private static partial Regex CancelLink();
}
