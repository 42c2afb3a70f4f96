using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Skipper.IntegrationTests.Platform.Access;
using static Skipper.IntegrationTests.Modules.Feedback.StaffKit;

namespace Skipper.IntegrationTests.Modules.Feedback;

/// <summary>The staff's time page: start a session, see the scores and the person's comment, type in paper forms, episodes.</summary>
public sealed class TimePageTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_start_a_session_and_see_the_persons_scores_and_comment_on_the_time_page(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var outcome = await FeedbackKit.LinkIdsAsync(person, "outcome");

        var before = await staff.GetStringAsync(TimePage(personId));
        var started = await staff.PostTimeAsync(personId, "Start");
        var sessionId = await FeedbackKit.StartSessionAsync(person, personId);
        var answered = await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("outcome", outcome, 6, 5.5, 7.3, 6));
        var responseId = (await answered.JsonAsync()).GetProperty("id").GetGuid();
        var commented = await person.PutAsJsonAsync($"/api/v1/responses/{responseId}/comment", new { text = "5,5 handler om jobben, ikke om deg" });
        var page = Text(await staff.GetStringAsync(TimePage(personId)));
        var scores = await staff.GetAsync(TimePage(personId) + "?handler=Scores");

        before.ShouldContain("Start timen");
        started.Location().ShouldBe(TimePage(personId) + "#scores");
        answered.StatusCode.ShouldBe(HttpStatusCode.Created);
        commented.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("Time 1");
        page.ShouldContain("24,8");
        page.ShouldContain("7,3");
        page.ShouldContain("5,5 handler om jobben, ikke om deg");
        page.ShouldContain("fra egen konto");
        page.ShouldContain("Ikke svart ennå.");
        page.ShouldContain("Gi nettbrettet til personen");
        scores.StatusCode.ShouldBe(HttpStatusCode.OK);
        var partial = await scores.Content.ReadAsStringAsync();
        partial.ShouldStartWith("<section id=\"scores\"", Case.Sensitive);
        partial.ShouldContain("data-complete=\"false\"");
        partial.ShouldNotContain("<html");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_paper_form_with_an_earlier_date_is_stored_as_entered_by_staff_and_a_wrong_value_stores_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));
        var api = await app.ApiAs(Clients.Demo("ansatt"));
        var outcome = await FeedbackKit.LinkIdsAsync(api, "outcome");
        var alliance = await FeedbackKit.LinkIdsAsync(api, "alliance");
        var day = Today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var outOfRange = await staff.PostTimeAsync(personId, "Paper", new(Fields("outcome", outcome, "5", "11", "5", "5")) { ["date"] = day });
        var notNumber = await staff.PostTimeAsync(personId, "Paper", new(Fields("alliance", alliance, "9", "9", "ni", "9")) { ["date"] = day });
        var today = await staff.PostTimeAsync(personId, "Paper", new(Fields("outcome", outcome, "5", "5", "5", "5")) { ["date"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        var empty = await staff.PostTimeAsync(personId, "Paper", new() { ["date"] = day });
        var nothingYet = await (await api.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync();
        var fields = Fields("outcome", outcome, "5,5", "6.5", "7", "4");
        foreach (var (key, value) in Fields("alliance", alliance, "9", "9,5", "8", "10"))
        {
            fields[key] = value;
        }
        fields["date"] = day;
        var entered = await staff.PostTimeAsync(personId, "Paper", fields);
        var series = await (await api.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync();

        outOfRange.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refused = Text(await outOfRange.Content.ReadAsStringAsync());
        refused.ShouldContain("Svaret må ligge innenfor 0–10.");
        notNumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Text(await notNumber.Content.ReadAsStringAsync()).ShouldContain("Svaret må være et tall.");
        (await notNumber.Content.ReadAsStringAsync()).ShouldContain("value=\"ni\"");
        today.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        nothingYet.GetProperty("episodes").GetArrayLength().ShouldBe(0);
        entered.Location().ShouldBe(TimePage(personId) + "?done=paper#paper");
        var session = series.GetProperty("episodes")[0].GetProperty("sessions")[0];
        session.GetProperty("date").GetString().ShouldBe(day);
        session.GetProperty("fromPaper").GetBoolean().ShouldBeTrue();
        session.GetProperty("open").GetBoolean().ShouldBeFalse();
        var forms = session.GetProperty("forms").EnumerateArray().ToList();
        forms.Count.ShouldBe(2);
        forms.ShouldAllBe(f => f.GetProperty("via").GetString() == "staff" && f.GetProperty("enteredBy").GetString() == "Per Hansen");
        forms.Single(f => f.GetProperty("questionnaire").GetString() == "outcome").GetProperty("total").GetDouble().ShouldBe(23);
        forms.Single(f => f.GetProperty("questionnaire").GetString() == "alliance").GetProperty("total").GetDouble().ShouldBe(36.5);
        Text(await staff.GetStringAsync(TimePage(personId))).ShouldContain("Start timen");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_end_the_episode_only_with_confirmation_and_start_again(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));
        var api = await app.ApiAs(Clients.Demo("ansatt"));
        await staff.PostTimeAsync(personId, "Start");

        var unconfirmed = await staff.PostTimeAsync(personId, "EndEpisode", new() { ["date"] = "" });
        var ended = await staff.PostTimeAsync(personId, "EndEpisode", new() { ["date"] = "", ["confirm"] = "true" });
        var afterEnd = Text(await staff.GetStringAsync(ended.Location()));
        var restarted = await staff.PostTimeAsync(personId, "Restart", new() { ["date"] = "", ["confirm"] = "true" });
        var episodes = (await (await api.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync()).GetProperty("episodes");

        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Text(await unconfirmed.Content.ReadAsStringAsync()).ShouldContain("Kryss av for at du vil gjøre dette.");
        ended.Location().ShouldBe(TimePage(personId) + "?done=ended#episode");
        afterEnd.ShouldContain("Forløpet er avsluttet.");
        afterEnd.ShouldContain("Forløp 1 ble avsluttet");
        restarted.Location().ShouldBe(TimePage(personId) + "?done=restarted#episode");
        episodes.GetArrayLength().ShouldBe(2);
        episodes[0].GetProperty("episode").GetProperty("endedOn").GetString().ShouldNotBeNull();
        episodes[1].GetProperty("episode").GetProperty("number").GetInt32().ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Staff_without_a_care_relation_get_404_and_a_relative_or_the_person_get_403(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var stranger = await app.BrowserAs(await app.CreateAccountAsync("ansatt"));
        var nabo = await app.BrowserAs(Clients.Nabo("ansatt"));
        var relative = await app.BrowserAs(Clients.Demo("parorende"));
        var person = await app.BrowserAs(Clients.Demo("bruker"));

        (await stranger.GetAsync(TimePage(personId))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync(TimePage(personId) + "?handler=Scores")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await nabo.GetAsync(TimePage(personId))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await relative.GetAsync(TimePage(personId))).Location().ShouldContain("/feil/403");
        (await person.GetAsync(TimePage(personId))).Location().ShouldContain("/feil/403");
        (await relative.GetAsync("/mine-brukere/tilbakemelding")).Location().ShouldContain("/feil/403");
        (await relative.GetAsync("/tilbakemelding/mine-tall")).Location().ShouldContain("/feil/403");
        var relativeApi = await app.ApiAs(Clients.Demo("parorende"));
        (await relativeApi.GetAsync("/api/v1/feedback/overdue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await relativeApi.GetAsync("/api/v1/feedback/my-totals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Demo.AuditAsync(app)).Count(e => e.Action is "not-found" or "denied" && e.Resource.StartsWith("feedback", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(3);
    }
}
