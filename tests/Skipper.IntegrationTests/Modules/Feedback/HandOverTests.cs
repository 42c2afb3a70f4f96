using System.Net;
using System.Text.RegularExpressions;
using Skipper.IntegrationTests.Platform.Access;
using static Skipper.IntegrationTests.Modules.Feedback.StaffKit;

namespace Skipper.IntegrationTests.Modules.Feedback;

/// <summary>Hand-over mode: the staff member's tablet shows only the form, stores the person's answer, and locks until the password is given.</summary>
public sealed partial class HandOverTests
{
    private const string Lock = "/tilbakemelding/overlevering/last";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_form_posts_as_the_persons_answer_then_every_other_page_redirects_to_the_lock_until_the_right_password(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var tablet = await app.BrowserAs(Clients.Demo("ansatt"));
        var api = await app.ApiAs(Clients.Demo("ansatt"));
        var outcome = await FeedbackKit.LinkIdsAsync(api, "outcome");
        await tablet.PostTimeAsync(personId, "Start");
        var sessionId = Guid.Parse(SessionField().Match(await tablet.GetStringAsync(TimePage(personId))).Groups[1].Value);

        var handedOver = await tablet.PostTimeAsync(personId, "HandOver", new() { ["sessionId"] = sessionId.ToString() });
        var formPage = handedOver.Location();
        var form = await tablet.GetStringAsync(formPage);
        var lockedWhileAnswering = await tablet.GetAsync("/mine-brukere");
        var apiWhileAnswering = await tablet.GetAsync($"/api/v1/persons/{personId}/feedback");
        var formId = FormId().Match(form).Groups[1].Value;
        var missing = await tablet.PostFormAsync(formPage + "?handler=Answer", new(AnswerFields(outcome, "4", "", "5", "6")) { ["formId"] = formId }, formPage);
        var answered = await tablet.PostFormAsync(formPage + "?handler=Answer", new(AnswerFields(outcome, "4", "3,5", "5", "6")) { ["formId"] = formId }, formPage);
        var thanks = await tablet.GetStringAsync(formPage);
        var commented = await tablet.PostFormAsync(formPage + "?handler=Comment", new() { ["comment"] = "3,5 handler om jobben" }, formPage);
        var timePage = await tablet.GetAsync(TimePage(personId));
        var home = await tablet.GetAsync("/hjem");
        var wrong = await tablet.PostFormAsync(Lock, new() { ["password"] = "feil-passord-123" });
        var stillLocked = await tablet.GetAsync(TimePage(personId));
        var unlocked = await tablet.PostFormAsync(Lock, new() { ["password"] = AppFactory.Password });
        var after = await tablet.GetAsync(TimePage(personId));

        form.ShouldContain("Hvordan har du hatt det?");
        form.ShouldNotContain("Ola Nordmann");
        form.ShouldNotContain("<a ");
        form.ShouldNotContain("Logg ut");
        lockedWhileAnswering.Location().ShouldBe(Lock);
        apiWhileAnswering.StatusCode.ShouldBe(HttpStatusCode.Locked);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Text(await missing.Content.ReadAsStringAsync()).ShouldContain("Svar på dette spørsmålet før du sender.");
        answered.Location().ShouldBe(formPage);
        thanks.ShouldContain("Takk for svarene!");
        commented.Location().ShouldBe(Lock);
        timePage.Location().ShouldBe(Lock);
        home.Location().ShouldBe(Lock);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Text(await wrong.Content.ReadAsStringAsync()).ShouldContain("Feil passord. Nettbrettet er fortsatt låst.");
        stillLocked.Location().ShouldBe(Lock);
        unlocked.Location().ShouldBe(TimePage(personId) + "#scores");
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Text(await after.Content.ReadAsStringAsync());
        page.ShouldContain("18,5");
        page.ShouldContain("3,5 handler om jobben");
        page.ShouldContain("Svart av Ola Nordmann på nettbrettet ditt.");
        var series = await (await api.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync();
        var stored = series.GetProperty("episodes")[0].GetProperty("sessions")[0].GetProperty("forms")[0];
        stored.GetProperty("via").GetString().ShouldBe("handOver");
        stored.GetProperty("enteredBy").GetString().ShouldBe("Ola Nordmann");
        stored.GetProperty("id").GetString().ShouldBe(formId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_double_click_stores_one_answer_and_signing_out_ends_the_hand_over(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var tablet = await app.BrowserAs(Clients.Demo("ansatt"));
        var api = await app.ApiAs(Clients.Demo("ansatt"));
        var alliance = await FeedbackKit.LinkIdsAsync(api, "alliance");
        var outcome = await FeedbackKit.LinkIdsAsync(api, "outcome");
        var sessionId = await FeedbackKit.StartSessionAsync(api, personId);
        (await FeedbackKit.AnswerAsync(api, sessionId, FeedbackKit.Form("outcome", outcome, 5, 5, 5, 5))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var formPage = (await tablet.PostTimeAsync(personId, "HandOver", new() { ["sessionId"] = sessionId.ToString() })).Location();
        var form = await tablet.GetStringAsync(formPage);
        var formId = FormId().Match(form).Groups[1].Value;
        var fields = new Dictionary<string, string>(AnswerFields(alliance, "9", "9", "9", "9")) { ["formId"] = formId };
        var first = await tablet.PostFormAsync(formPage + "?handler=Answer", new(fields), formPage);
        var second = await tablet.PostFormAsync(formPage + "?handler=Answer", new(fields), formPage);
        var signOut = await tablet.PostFormAsync("/logg-ut", [], Lock);
        var afterSignOut = await tablet.GetAsync("/mine-brukere");

        form.ShouldContain("Hvordan var timen?");
        first.Location().ShouldBe(formPage);
        second.Location().ShouldBe(formPage);
        var forms = (await (await api.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync())
            .GetProperty("episodes")[0].GetProperty("sessions")[0].GetProperty("forms");
        forms.EnumerateArray().Count(f => f.GetProperty("questionnaire").GetString() == "alliance").ShouldBe(1);
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signOut.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBeTrue();
        cookies!.ShouldContain(c => c.StartsWith(".Skipper.HandOver=;", StringComparison.Ordinal));
        afterSignOut.Location().ShouldContain("/logg-inn");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_hand_over_page_needs_a_hand_over_and_a_care_relation(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var api = await app.ApiAs(Clients.Demo("ansatt"));
        var sessionId = await FeedbackKit.StartSessionAsync(api, personId);
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));
        var stranger = await app.BrowserAs(await app.CreateAccountAsync("ansatt"));
        var relative = await app.BrowserAs(Clients.Demo("parorende"));

        (await staff.GetAsync($"/tilbakemelding/overlevering/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostFormAsync($"{TimePage(personId)}?handler=HandOver", new() { ["sessionId"] = sessionId.ToString() }, "/mine-brukere")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync("/mine-brukere")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await relative.GetAsync($"/tilbakemelding/overlevering/{sessionId}")).Location().ShouldContain("/feil/403");
        (await staff.GetAsync(Lock)).Location().ShouldBe("/hjem");
    }

    [GeneratedRegex("name=\"sessionId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SessionField();

    [GeneratedRegex("name=\"formId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex FormId();
}
