using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Feedback;

public sealed class SessionFlowTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_start_a_session_the_person_answers_before_and_after_and_staff_see_both_scores_and_the_signal(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var outcome = await FeedbackKit.LinkIdsAsync(staff, "outcome");
        var alliance = await FeedbackKit.LinkIdsAsync(staff, "alliance");

        var started = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/sessions", new { });
        var session = await started.JsonAsync();
        var sessionId = session.GetProperty("id").GetGuid();
        var before = await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("outcome", outcome, 5, 4.5, 6, 5));
        var after = await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("alliance", alliance, 9, 8, 8.5, 9));
        var again = await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("alliance", alliance, 10, 10, 10, 10));

        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        session.GetProperty("number").GetInt32().ShouldBeGreaterThan(0);
        before.StatusCode.ShouldBe(HttpStatusCode.Created);
        var stored = await before.JsonAsync();
        stored.GetProperty("total").GetDouble().ShouldBe(20.5);
        stored.GetProperty("cutOff").GetString().ShouldBe("below");
        after.StatusCode.ShouldBe(HttpStatusCode.Created);
        var low = await after.JsonAsync();
        low.GetProperty("total").GetDouble().ShouldBe(34.5);
        low.GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ShouldContain("alliance-low");
        low.GetProperty("signals")[0].GetProperty("next").GetString().ShouldNotBeNullOrWhiteSpace();
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var series = await (await staff.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync();
        var last = series.GetProperty("episodes").EnumerateArray().Last().GetProperty("sessions").EnumerateArray().Last();
        last.GetProperty("id").GetGuid().ShouldBe(sessionId);
        last.GetProperty("forms").GetArrayLength().ShouldBe(2);
        last.GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ShouldContain("alliance-low");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<FeedbackResponse>().IgnoreQueryFilters().CountAsync(r => r.SessionId == sessionId)).ShouldBe(2);
        (await db.Set<FeedbackResponse>().IgnoreQueryFilters().SingleAsync(r => r.SessionId == sessionId && r.InstrumentCode == "alliance")).Total.ShouldBe(34.5);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_answers_get_a_clear_message_and_store_nothing(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new AppFactory(provider, s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var outcome = await FeedbackKit.LinkIdsAsync(staff, "outcome");
        var sessionId = await FeedbackKit.StartSessionAsync(staff, personId);

        var tooHigh = await FeedbackKit.AnswerAsync(staff, sessionId, FeedbackKit.Form("outcome", outcome, 5, 11, 5, 5));
        var missing = await FeedbackKit.AnswerAsync(staff, sessionId, FeedbackKit.Form("outcome", outcome, 5, 5, 5));
        var unknown = await FeedbackKit.AnswerAsync(staff, sessionId, FeedbackKit.Form("no-such-form", outcome, 5, 5, 5, 5));
        var shapeless = await staff.PostAsync($"/api/v1/sessions/{sessionId}/responses", new StringContent("{\"answers\": 7}", System.Text.Encoding.UTF8, "application/json"));
        clock.Advance(TimeSpan.FromDays(1));
        var expired = await FeedbackKit.AnswerAsync(await app.ApiAs(Clients.Demo("ansatt")), sessionId, FeedbackKit.Form("outcome", outcome, 5, 5, 5, 5));

        tooHigh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooHigh.Content.ReadAsStringAsync()).ShouldContain(outcome[1]);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        shapeless.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        expired.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await expired.JsonAsync()).GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<FeedbackResponse>().IgnoreQueryFilters().CountAsync(r => r.SessionId == sessionId)).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_the_person_and_staff_with_a_care_relation_reach_the_feedback(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var path = $"/api/v1/persons/{personId}/feedback";

        (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).PostAsJsonAsync($"/api/v1/persons/{personId}/sessions", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAs(Clients.Demo("parorende"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ApiAs(Clients.Nabo("ansatt"))).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "read" && e.PersonId == personId && e.Resource == "feedback");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_comments_on_an_answer_and_staff_cannot(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var outcome = await FeedbackKit.LinkIdsAsync(person, "outcome");
        var sessionId = await FeedbackKit.StartSessionAsync(person, personId);
        var responseId = (await (await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("outcome", outcome, 7, 3, 6, 6))).JsonAsync()).GetProperty("id").GetGuid();

        var mine = await person.PutAsJsonAsync($"/api/v1/responses/{responseId}/comment", new { text = "Treeren handler om jobben, ikke deg." });
        var theirs = await staff.PutAsJsonAsync($"/api/v1/responses/{responseId}/comment", new { text = "Nei" });

        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var series = await (await staff.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync();
        var form = series.GetProperty("episodes").EnumerateArray().Last().GetProperty("sessions").EnumerateArray().Last().GetProperty("forms")[0];
        form.GetProperty("comment").GetString().ShouldBe("Treeren handler om jobben, ikke deg.");
        var export = (await (await person.GetAsync("/api/v1/me/export")).JsonAsync()).GetProperty("feedback");
        var exported = export.GetProperty("episodes").EnumerateArray().Last().GetProperty("sessions").EnumerateArray().Last().GetProperty("forms")[0];
        exported.GetProperty("comment").GetString().ShouldBe("Treeren handler om jobben, ikke deg.");
        exported.GetProperty("answers").GetArrayLength().ShouldBe(4);
        exported.GetProperty("answers")[1].GetProperty("value").GetDouble().ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_type_in_paper_forms_with_their_date_end_the_episode_and_a_restart_numbers_sessions_from_one(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var outcome = await FeedbackKit.LinkIdsAsync(staff, "outcome");
        var paperDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)).ToString("yyyy-MM-dd");

        var paper = await (await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/sessions", new { date = paperDay })).JsonAsync();
        var typed = await FeedbackKit.AnswerAsync(staff, paper.GetProperty("id").GetGuid(), FeedbackKit.Form("outcome", outcome, 4, 4, 4, 4));
        var personBackdates = await person.PostAsJsonAsync($"/api/v1/persons/{personId}/sessions", new { date = paperDay });
        var ended = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/episodes/current/end", new { });
        var endedAgain = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/episodes/current/end", new { });
        var restarted = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/episodes", new { });
        var first = await (await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/sessions", new { })).JsonAsync();

        paper.GetProperty("fromPaper").GetBoolean().ShouldBeTrue();
        paper.GetProperty("date").GetString().ShouldBe(paperDay);
        typed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await typed.JsonAsync()).GetProperty("date").GetString().ShouldBe(paperDay);
        personBackdates.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ended.StatusCode.ShouldBe(HttpStatusCode.OK);
        endedAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        restarted.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.GetProperty("number").GetInt32().ShouldBe(1);
        first.GetProperty("episodeNumber").GetInt32().ShouldBe((await restarted.JsonAsync()).GetProperty("number").GetInt32());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<FeedbackResponse>().IgnoreQueryFilters().SingleAsync(r => r.SessionId == paper.GetProperty("id").GetGuid());
        row.Via.ShouldBe(AnsweredVia.Staff);
        row.EnteredBy.ShouldNotBe("Ola Nordmann");
    }
}
