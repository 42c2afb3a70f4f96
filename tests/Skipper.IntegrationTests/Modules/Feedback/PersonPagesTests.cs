using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Feedback;

public sealed partial class PersonPagesTests
{
    private static Dictionary<string, string> Outcome(string formId, string me, string close = "6", string social = "5.5", string overall = "8") =>
        new() { ["formId"] = formId, ["a-me"] = me, ["a-close"] = close, ["a-social"] = social, ["a-overall"] = overall };

    private static async Task<JsonElement> FeedbackAsync(AppFactory app, Guid personId)
    {
        var api = await app.ApiAs(Clients.Demo("bruker"));
        return await (await api.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync();
    }

    private static IEnumerable<JsonElement> Forms(JsonElement feedback) =>
        feedback.GetProperty("episodes").EnumerateArray().SelectMany(e => e.GetProperty("sessions").EnumerateArray()).SelectMany(s => s.GetProperty("forms").EnumerateArray());

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_answers_the_outcome_form_with_a_decimal_comma_and_sees_the_result_in_inviting_words(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.BrowserAs(Clients.Demo("bruker"));

        var overview = await person.GetStringAsync("/tilbakemelding");
        var posted = await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(Guid.NewGuid().ToString(), "7,3"));

        overview.ShouldContain("href=\"/tilbakemelding/svar/outcome\"");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var receipt = posted.Headers.Location!.OriginalString;
        receipt.ShouldStartWith("/tilbakemelding/kvittering/");
        var page = WebUtility.HtmlDecode(await person.GetStringAsync(receipt));
        page.ShouldContain("Du svarte 26,8 av 40.");
        page.ShouldContain("Dette er startpunktet ditt.");
        page.ShouldContain("Vil du si noe om svaret?");
        var form = Forms(await FeedbackAsync(app, personId)).Single();
        form.GetProperty("total").GetDouble().ShouldBe(26.8);
        form.GetProperty("answers").EnumerateArray().First().GetProperty("value").GetDouble().ShouldBe(7.3);
        form.GetProperty("via").GetString()!.ToLowerInvariant().ShouldBe("self");

        var after = WebUtility.HtmlDecode(await person.GetStringAsync("/tilbakemelding"));
        after.ShouldContain("Dette er startpunktet ditt.");
        after.ShouldContain("href=\"/tilbakemelding/svar/alliance\"");
        after.ShouldContain("<svg class=\"chart-svg\"");
        (await Demo.AuditAsync(app)).ShouldContain(e => e.Action == "change" && e.PersonId == personId && e.Resource.StartsWith("feedback/responses/"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_missing_or_unreadable_item_gets_a_message_beside_it_and_nothing_is_stored(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.BrowserAs(Clients.Demo("bruker"));

        var missing = await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(Guid.NewGuid().ToString(), "7,3", close: ""));
        var words = await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(Guid.NewGuid().ToString(), "sju"), "/tilbakemelding/svar/outcome");
        var outside = await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(Guid.NewGuid().ToString(), "11"), "/tilbakemelding/svar/outcome");

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        ErrorFor("close").Match(page).Groups[1].Value.ShouldBe("Svar på dette spørsmålet før du sender.");
        page.ShouldContain("value=\"7,3\"");
        ErrorFor("me").Match(WebUtility.HtmlDecode(await words.Content.ReadAsStringAsync())).Groups[1].Value.ShouldBe("Svaret må være et tall.");
        ErrorFor("me").Match(WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync())).Groups[1].Value.ShouldBe("Svaret må ligge innenfor 0–10.");
        var feedback = await FeedbackAsync(app, personId);
        feedback.GetProperty("episodes").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_double_post_of_the_same_form_stores_one_answer_and_shows_it_both_times(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.BrowserAs(Clients.Demo("bruker"));
        var formId = Guid.NewGuid().ToString();

        var first = await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(formId, "7.3"));
        var second = await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(formId, "7.3"));
        var recoveryId = Guid.NewGuid().ToString();
        var recovery = new Dictionary<string, string> { ["formId"] = recoveryId, ["a-matters-hope"] = "1", ["a-support-hope"] = "3", ["a-rel-respect"] = "4", ["a-rel-possibilities"] = "3", ["a-rel-say"] = "2" };
        var once = await person.PostFormAsync("/tilbakemelding/svar/recovery-support", new(recovery));
        var twice = await person.PostFormAsync("/tilbakemelding/svar/recovery-support", new(recovery));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        first.Headers.Location!.OriginalString.ShouldBe("/tilbakemelding/kvittering/" + formId);
        twice.Headers.Location.ShouldBe(once.Headers.Location);
        var feedback = await FeedbackAsync(app, personId);
        Forms(feedback).Count().ShouldBe(1);
        var stored = feedback.GetProperty("recovery").EnumerateArray().Single();
        stored.GetProperty("parts").GetProperty("support").GetDouble().ShouldBe(75);
        stored.GetProperty("parts").GetProperty("relationship").GetDouble().ShouldBe(75);
        WebUtility.HtmlDecode(await person.GetStringAsync(once.Headers.Location!.OriginalString)).ShouldContain("75 av 100");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_comments_on_an_answer_and_the_comment_is_kept_beside_the_score(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.BrowserAs(Clients.Demo("bruker"));
        var receipt = (await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(Guid.NewGuid().ToString(), "3"))).Headers.Location!.OriginalString;

        var saved = await person.PostFormAsync(receipt, new() { ["text"] = "Treeren handler om jobben, ikke om deg." });
        var tooLong = await person.PostFormAsync(receipt, new() { ["text"] = new string('x', 2001) });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await person.GetStringAsync(saved.Headers.Location!.OriginalString)).ShouldContain("Kommentaren er lagret.");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()).ShouldContain("Kommentaren kan være på høyst 2000 tegn.");
        Forms(await FeedbackAsync(app, personId)).Single().GetProperty("comment").GetString().ShouldBe("Treeren handler om jobben, ikke om deg.");
        WebUtility.HtmlDecode(await person.GetStringAsync("/tilbakemelding")).ShouldContain("Treeren handler om jobben, ikke om deg.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_home_page_reminds_the_person_of_what_is_due_and_staff_get_no_reminder(string provider)
    {
        using var app = new AppFactory(provider);
        var person = await app.BrowserAs(Clients.Demo("bruker"));
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));
        await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(Guid.NewGuid().ToString(), "5"));

        var home = WebUtility.HtmlDecode(await person.GetStringAsync("/hjem"));
        var staffHome = WebUtility.HtmlDecode(await staff.GetStringAsync("/hjem"));

        home.ShouldContain("Påminnelser");
        home.ShouldContain("href=\"/tilbakemelding/svar/recovery-support\"");
        home.ShouldNotContain("href=\"/tilbakemelding/svar/outcome\"");
        home.ShouldContain("href=\"/tilbakemelding\"");
        staffHome.ShouldNotContain("Påminnelser");
        staffHome.ShouldNotContain("/tilbakemelding");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_person_answers_how_the_session_was_in_the_session_opened_by_the_answer_before_it(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var person = await app.BrowserAs(Clients.Demo("bruker"));
        var before = WebUtility.HtmlDecode(await person.GetStringAsync("/tilbakemelding/svar/alliance"));
        await person.PostFormAsync("/tilbakemelding/svar/outcome", Outcome(Guid.NewGuid().ToString(), "5"));
        var form = await person.GetStringAsync("/tilbakemelding/svar/alliance");
        var session = SessionField().Match(form).Groups[1].Value;

        var posted = await person.PostFormAsync("/tilbakemelding/svar/alliance",
            new() { ["formId"] = Guid.NewGuid().ToString(), ["session"] = session, ["a-heard"] = "9", ["a-goals"] = "8,5", ["a-approach"] = "9", ["a-overall"] = "8" });

        before.ShouldContain("Dette spørsmålet besvares etter en time.");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await person.GetStringAsync(posted.Headers.Location!.OriginalString)).ShouldContain("Du ga timen 34,5 av 40.");
        var sessions = (await FeedbackAsync(app, personId)).GetProperty("episodes")[0].GetProperty("sessions");
        sessions.GetArrayLength().ShouldBe(1);
        sessions[0].GetProperty("forms").GetArrayLength().ShouldBe(2);
        var overview = await person.GetStringAsync("/tilbakemelding");
        overview.ShouldNotContain("href=\"/tilbakemelding/svar/outcome\"");
        overview.ShouldNotContain("href=\"/tilbakemelding/svar/alliance\"");
        overview.ShouldContain("href=\"/tilbakemelding/svar/recovery-support\"");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_relative_and_staff_get_none_of_the_persons_feedback_pages(string provider)
    {
        using var app = new AppFactory(provider);
        var relative = await app.BrowserAs(Clients.Demo("parorende"));
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));

        foreach (var client in new[] { relative, staff })
        {
            foreach (var path in new[] { "/tilbakemelding", "/tilbakemelding/svar/outcome", "/tilbakemelding/recoverystotte", $"/tilbakemelding/kvittering/{Guid.NewGuid()}" })
            {
                var response = await client.GetAsync(path);
                response.StatusCode.ShouldNotBe(HttpStatusCode.OK, path);
                (await response.Content.ReadAsStringAsync()).ShouldNotContain("chart-svg");
            }
        }
    }

    private static Regex ErrorFor(string linkId) => new($"id=\"item-{linkId}-error\">([^<]*)<");

    [GeneratedRegex("name=\"session\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex SessionField();
}
