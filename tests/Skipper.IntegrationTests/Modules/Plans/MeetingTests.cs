using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class MeetingTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_adds_and_changes_meetings_and_the_plan_counts_those_they_took_part_in(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var demo = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("meetings");
        demo.GetProperty("attended").GetInt32().ShouldBe(2);
        demo.GetProperty("total").GetInt32().ShouldBe(3);

        var added = await person.PostAsJsonAsync("/api/v1/me/plan/meetings", new { date = "2030-05-02", participants = "Meg og Per", agreed = "Prøve kafeen", personAttended = false });
        var meetingId = (await added.JsonAsync()).GetProperty("id").GetGuid();
        var changed = await person.PutAsJsonAsync($"/api/v1/me/plan/meetings/{meetingId}",
            new { date = "2030-05-03", participants = "Meg og Per", agreed = "Prøve kafeen på fredag", personAttended = true, nextReview = "2030-08-01", version = 1 });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var meetings = (await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("meetings");
        meetings.GetProperty("attended").GetInt32().ShouldBe(3);
        meetings.GetProperty("total").GetInt32().ShouldBe(4);
        var mine = meetings.GetProperty("items")[0];
        mine.GetProperty("date").GetString().ShouldBe("2030-05-03");
        mine.GetProperty("agreed").GetString().ShouldBe("Prøve kafeen på fredag");
        mine.GetProperty("version").GetInt32().ShouldBe(2);
        mine.GetProperty("writtenBy").GetProperty("name").GetString().ShouldBe("Ola Nordmann");
        var activity = await PlanActivityRow.ReadAsync(app, personId);
        activity!.LastMeetingOn.ShouldBe(new DateOnly(2030, 5, 3));
        activity.NextReviewOn.ShouldBe(new DateOnly(2030, 8, 1));
        activity.LastChangedBy.ShouldBe("Ola Nordmann");
        (await Demo.AuditAsync(app)).Count(e => e.Action == "change" && e.PersonId == personId && e.Resource == $"plan/meetings/{meetingId}").ShouldBe(2);
        var page = await (await app.BrowserAs(Clients.Demo("bruker"))).GetStringAsync("/min-plan");
        page.ShouldContain("Du var med på 3 av 4 møter.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_add_meetings_under_their_name_and_change_only_what_staff_wrote(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var path = $"/api/v1/persons/{personId}/plan/meetings";
        var items = (await (await staff.GetAsync($"/api/v1/persons/{personId}/plan/meetings")).JsonAsync()).GetProperty("meetings").GetProperty("items").EnumerateArray().ToList();
        var persons = items.First(m => m.GetProperty("writtenBy").GetProperty("role").GetString() == "bruker");

        var added = await staff.PostAsJsonAsync(path, new { date = "2031-01-10", participants = "Ola og Per", personAttended = true, nextReview = "2031-04-10" });
        var meetingId = (await added.JsonAsync()).GetProperty("id").GetGuid();
        var changed = await staff.PutAsJsonAsync($"{path}/{meetingId}", new { date = "2031-01-10", participants = "Ola, Per og Siri", personAttended = true, nextReview = "2031-04-10", version = 1 });
        var theirs = await staff.PutAsJsonAsync($"{path}/{persons.GetProperty("id").GetGuid()}", new { date = "2031-01-10", agreed = "Noe annet", version = 1 });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var seen = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync()).GetProperty("meetings").GetProperty("items").EnumerateArray().ToList();
        var written = seen.Single(m => m.GetProperty("id").GetGuid() == meetingId);
        written.GetProperty("participants").GetString().ShouldBe("Ola, Per og Siri");
        written.GetProperty("writtenBy").GetProperty("name").GetString().ShouldBe("Per Hansen");
        written.GetProperty("writtenBy").GetProperty("role").GetString().ShouldBe("ansatt");
        seen.Single(m => m.GetProperty("id").GetGuid() == persons.GetProperty("id").GetGuid()).GetProperty("agreed").GetString().ShouldBe(persons.GetProperty("agreed").GetString());
        var activity = await PlanActivityRow.ReadAsync(app, personId);
        activity!.LastMeetingOn.ShouldBe(new DateOnly(2031, 1, 10));
        activity.NextReviewOn.ShouldBe(new DateOnly(2031, 4, 10));
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "change" && e.PersonId == personId && e.ActorRole == "ansatt" && e.Resource == $"plan/meetings/{meetingId}");

        var staffPage = await app.BrowserAs(Clients.Demo("ansatt"));
        var posted = await staffPage.PostFormAsync($"/personer/{personId}/plan?handler=Meeting",
            new() { ["date"] = "2031-02-01", ["agreed"] = "Møte på siden", ["personAttended"] = "true" }, $"/personer/{personId}/plan");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await staffPage.GetStringAsync($"/personer/{personId}/plan");
        html.ShouldContain("Møte på siden");
        html.ShouldContain("Ola Nordmann var med på 4 av 5 møter.");
        html.ShouldContain("Skrevet av Per Hansen (Ansatt)");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_without_a_relation_get_404_and_the_attempt_is_logged(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var nabo = await app.ApiAs(Clients.Nabo("ansatt"));
        var relative = await app.ApiAs(Clients.Demo("parorende"));
        var body = new { date = "2031-01-10", participants = "Noen" };

        var noRelation = await contact.PostAsJsonAsync($"/api/v1/persons/{personId}/plan/meetings", body);
        var otherTenant = await nabo.PostAsJsonAsync($"/api/v1/persons/{personId}/plan/meetings", body);
        var byRelative = await relative.PostAsJsonAsync($"/api/v1/persons/{personId}/plan/meetings", body);
        var page = await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).PostFormAsync($"/personer/{personId}/plan?handler=Meeting",
            new() { ["date"] = "2031-01-10" }, "/hjem");

        noRelation.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        byRelative.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var audit = await Demo.AuditAsync(app);
        audit.Count(e => e.Action == "denied" && e.PersonId == personId && e.ActorRole == "recoverykontakt" && e.Resource == "plan").ShouldBe(2);
        audit.ShouldContain(e => e.Action == "not-found" && e.ActorRole == "ansatt" && e.Resource == $"plan/{personId}");
        (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync())
            .GetProperty("meetings").GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_missing_or_badly_written_date_too_long_text_or_an_old_version_change_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var before = await (await person.GetAsync("/api/v1/me/plan")).JsonAsync();
        var activityBefore = await PlanActivityRow.ReadAsync(app, personId);
        var meetingId = before.GetProperty("meetings").GetProperty("items")[0].GetProperty("id").GetGuid();

        var noDate = await person.PostAsJsonAsync("/api/v1/me/plan/meetings", new { participants = "Noen" });
        var badDate = await person.PostAsJsonAsync("/api/v1/me/plan/meetings", new { date = "31.12.2030" });
        var badReview = await person.PostAsJsonAsync("/api/v1/me/plan/meetings", new { date = "2030-12-31", nextReview = "snart" });
        var tooLong = await person.PostAsJsonAsync("/api/v1/me/plan/meetings", new { date = "2030-12-31", participants = new string('x', 501), agreed = new string('y', 4001) });
        var unknown = await person.PutAsJsonAsync($"/api/v1/me/plan/meetings/{Guid.NewGuid()}", new { date = "2030-12-31", version = 1 });

        noDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noDate.JsonAsync()).GetProperty("errors").GetProperty("date")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badDate.JsonAsync()).GetProperty("errors").GetProperty("date")[0].GetString()!.ShouldStartWith("Skriv datoen som år-måned-dag");
        badReview.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badReview.JsonAsync()).GetProperty("errors").GetProperty("nextReview")[0].GetString()!.ShouldStartWith("Skriv datoen som år-måned-dag");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await tooLong.JsonAsync()).GetProperty("errors");
        errors.GetProperty("participants")[0].GetString().ShouldBe("Teksten kan være høyst 500 tegn.");
        errors.GetProperty("agreed")[0].GetString().ShouldBe("Teksten kan være høyst 4000 tegn.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke møtet i planen.");
        JsonSerializer.Serialize(await (await person.GetAsync("/api/v1/me/plan")).JsonAsync()).ShouldBe(JsonSerializer.Serialize(before));
        (await PlanActivityRow.ReadAsync(app, personId))?.LastChangedAt.ShouldBe(activityBefore?.LastChangedAt ?? default);

        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var staffsMeeting = before.GetProperty("meetings").GetProperty("items").EnumerateArray().First(m => m.GetProperty("writtenBy").GetProperty("role").GetString() == "ansatt");
        var path = $"/api/v1/me/plan/meetings/{staffsMeeting.GetProperty("id").GetGuid()}";
        (await person.PutAsJsonAsync(path, new { date = "2030-01-01", agreed = "Rettet av meg", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var late = await staff.PutAsJsonAsync($"/api/v1/persons/{personId}/plan/meetings/{staffsMeeting.GetProperty("id").GetGuid()}",
            new { date = "2030-01-01", agreed = "Fra Per", version = 1 });
        var lateOwn = await person.PutAsJsonAsync($"/api/v1/me/plan/meetings/{meetingId}", new { date = "2030-01-01", version = 7 });

        late.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        lateOwn.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await lateOwn.JsonAsync()).GetProperty("current").GetProperty("id").GetGuid().ShouldBe(meetingId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_meetings_page_adds_and_changes_and_refuses_a_bad_date_with_the_text_kept(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        const string page = "/min-plan/moter";

        var added = await browser.PostFormAsync(page + "?handler=Add", new() { ["date"] = "2030-03-03", ["agreed"] = "Ny avtale", ["personAttended"] = "true" }, page);
        var bad = await browser.PostFormAsync(page + "?handler=Add", new() { ["date"] = "3. mars", ["agreed"] = "Beholdes" }, page);
        var meetingId = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync())
            .GetProperty("meetings").GetProperty("items")[0].GetProperty("id").GetGuid();
        var changed = await browser.PostFormAsync(page + "?handler=Edit",
            new() { ["meetingId"] = meetingId.ToString(), ["version"] = "1", ["date"] = "2030-03-04", ["agreed"] = "Endret avtale" }, page);
        var stale = await browser.PostFormAsync(page + "?handler=Edit",
            new() { ["meetingId"] = meetingId.ToString(), ["version"] = "1", ["date"] = "2030-03-05", ["agreed"] = "Min gamle tekst" }, page);

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badPage = await bad.Content.ReadAsStringAsync();
        badPage.ShouldContain("Skriv datoen som år-måned-dag");
        badPage.ShouldContain("Beholdes");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var stalePage = await stale.Content.ReadAsStringAsync();
        stalePage.ShouldContain("Endret avtale");
        stalePage.ShouldContain("Min gamle tekst");
        var html = await browser.GetStringAsync(page);
        html.ShouldContain("Endret avtale");
        html.ShouldContain("Du var med på 2 av 4 møter.");
    }
}
