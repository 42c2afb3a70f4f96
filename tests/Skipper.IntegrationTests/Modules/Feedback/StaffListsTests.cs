using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;
using static Skipper.IntegrationTests.Modules.Feedback.StaffKit;

namespace Skipper.IntegrationTests.Modules.Feedback;

/// <summary>The caseload's feedback column, the overdue list and my own totals.</summary>
public sealed class StaffListsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_caseload_has_the_feedback_column_with_the_signal_after_a_low_alliance(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var outcome = await FeedbackKit.LinkIdsAsync(person, "outcome");
        var alliance = await FeedbackKit.LinkIdsAsync(person, "alliance");
        var before = Column(await (await staff.GetAsync("/api/v1/caseload")).JsonAsync(), personId);
        var sessionId = await FeedbackKit.StartSessionAsync(staff, personId);
        await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("outcome", outcome, 5, 6, 5, 6));
        await FeedbackKit.AnswerAsync(person, sessionId, FeedbackKit.Form("alliance", alliance, 8, 7, 9, 8));

        var after = Column(await (await staff.GetAsync("/api/v1/caseload")).JsonAsync(), personId);
        var page = Text(await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/mine-brukere"));

        before.GetProperty("latestOutcome").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        before.GetProperty("signals").GetArrayLength().ShouldBe(0);
        after.GetProperty("latestOutcome").GetDouble().ShouldBe(22);
        after.GetProperty("latestAlliance").GetDouble().ShouldBe(32);
        after.GetProperty("openEpisode").GetBoolean().ShouldBeTrue();
        var signal = after.GetProperty("signals")[0];
        signal.GetProperty("code").GetString().ShouldBe("alliance-low");
        signal.GetProperty("title").GetString().ShouldBe("Timen passet ikke helt");
        signal.GetProperty("next").GetString()!.ShouldStartWith("Snakk sammen om samarbeidet");
        page.ShouldContain("Tilbakemelding");
        page.ShouldContain("Har det: 22");
        page.ShouldContain("Timen: 32");
        page.ShouldContain("Timen passet ikke helt");
        page.ShouldContain("Snakk sammen om samarbeidet");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_overdue_list_shows_people_in_an_open_episode_whose_answers_are_due_and_logs_them_once(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staffId = await Demo.UserIdAsync(app, Clients.Demo("ansatt"));
        var fresh = await AddPersonServedByAsync(app, personId, staffId, "Berit Bakke");
        var ended = await AddPersonServedByAsync(app, personId, staffId, "Cato Carlsen");
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var outcome = await FeedbackKit.LinkIdsAsync(staff, "outcome");
        var old = Today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await PaperAsync(browser, personId, outcome, old);
        await PaperAsync(browser, ended, outcome, old);
        await staff.PostAsync($"/api/v1/persons/{ended}/episodes/current/end", System.Net.Http.Json.JsonContent.Create(new { }));
        var recent = await FeedbackKit.StartSessionAsync(staff, fresh);
        await FeedbackKit.AnswerAsync(staff, recent, FeedbackKit.Form("outcome", outcome, 5, 5, 5, 5));

        var response = await staff.GetAsync("/api/v1/feedback/overdue");
        var list = (await response.JsonAsync()).EnumerateArray().ToList();
        var page = Text(await browser.GetStringAsync("/mine-brukere/tilbakemelding"));
        var caseload = await browser.GetStringAsync("/mine-brukere");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Select(p => p.GetProperty("personId").GetGuid()).ShouldBe([personId, fresh], ignoreOrder: true);
        var demo = list.Single(p => p.GetProperty("personId").GetGuid() == personId).GetProperty("due").EnumerateArray().ToList();
        demo.Select(d => d.GetProperty("questionnaire").GetString()).ShouldBe(["outcome", "recovery-support"], ignoreOrder: true);
        demo.Single(d => d.GetProperty("questionnaire").GetString() == "outcome").GetProperty("lastAnswered").GetString().ShouldBe(old);
        var freshDue = list.Single(p => p.GetProperty("personId").GetGuid() == fresh).GetProperty("due").EnumerateArray().ToList();
        freshDue.Select(d => d.GetProperty("questionnaire").GetString()).ShouldBe(["recovery-support"]);
        page.ShouldContain("Ola Nordmann");
        page.ShouldContain("Berit Bakke");
        page.ShouldNotContain("Cato Carlsen");
        page.ShouldContain("ikke svart i dette forløpet");
        caseload.ShouldContain("href=\"/mine-brukere/tilbakemelding\"");
        var views = (await Demo.AuditAsync(app)).Where(e => e.Resource == "feedback/overdue").ToList();
        views.Count.ShouldBe(2);
        views.ShouldAllBe(e => e.Action == "list" && e.Subjects.Contains(personId.ToString("N")) && e.Subjects.Contains(fresh.ToString("N")) && !e.Subjects.Contains(ended.ToString("N")));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task My_totals_count_the_episodes_in_which_I_held_a_session(string provider)
    {
        using var app = new AppFactory(provider);
        await app.ForgetDemoHistoryAsync();
        var personId = await Demo.PersonIdAsync(app);
        var staffId = await Demo.UserIdAsync(app, Clients.Demo("ansatt"));
        // Intake → latest (outcome answers), mean alliance:
        // 20 → 30 (3): improved by 10 and crossed 25: clinically significant; alliance 38 and 36 = 37
        // 30 → 24 (2): deteriorated by 6; alliance 30
        // 22 → 25 (2): no reliable change
        // 15 (1): not measured; alliance 40
        // and one episode held by someone else, not counted.
        await SeedAsync(app, personId, staffId, (20, 30, 3, [38, 36]), (30, 24, 2, [30]), (22, 25, 2, []), (15, null, 1, [40]));
        await SeedAsync(app, personId, Guid.NewGuid(), (10, 40, 2, [10]));
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var totals = (await (await staff.GetAsync("/api/v1/feedback/my-totals")).JsonAsync()).GetProperty("totals");
        var page = Text(await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/tilbakemelding/mine-tall"));

        totals.GetProperty("episodes").GetInt32().ShouldBe(4);
        totals.GetProperty("measured").GetInt32().ShouldBe(3);
        totals.GetProperty("shareImproved").GetDouble().ShouldBe(1.0 / 3, 1e-9);
        totals.GetProperty("shareDeteriorated").GetDouble().ShouldBe(1.0 / 3, 1e-9);
        totals.GetProperty("shareClinicallySignificant").GetDouble().ShouldBe(1.0 / 3, 1e-9);
        // Changes 10, −6, 3: mean 7/3. Intakes 20, 30, 22: mean 24, sample SD √((16 + 36 + 4) / 2) = √28.
        totals.GetProperty("effectSize").GetDouble().ShouldBe(7.0 / 3 / Math.Sqrt(28), 1e-6);
        totals.GetProperty("meanAlliance").GetDouble().ShouldBe((37 + 30 + 40) / 3.0, 1e-6);
        page.ShouldContain("33 %");
        page.ShouldContain("0,44");
        page.ShouldContain("35,7");
        page.ShouldContain("(n = 3)");
    }

    private static System.Text.Json.JsonElement Column(System.Text.Json.JsonElement caseload, Guid personId) =>
        caseload.EnumerateArray().Single(e => e.GetProperty("personId").GetGuid() == personId).GetProperty("columns").GetProperty("feedback");

    private static async Task PaperAsync(HttpClient browser, Guid personId, IReadOnlyList<string> outcome, string date) =>
        (await browser.PostTimeAsync(personId, "Paper", new(Fields("outcome", outcome, "5", "5", "5", "5")) { ["date"] = date })).Location().ShouldContain("done=paper");

    private static int episodeNumber = 100;

    private static async Task SeedAsync(AppFactory app, Guid personId, Guid staffId, params (double Intake, double? Latest, int Count, double[] Alliance)[] episodes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenantId = (await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == personId)).TenantId;
        var day = new DateOnly(2025, 1, 1);
        foreach (var (intake, latest, count, alliance) in episodes)
        {
            var episode = new FeedbackEpisode
            {
                TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Number = Interlocked.Increment(ref episodeNumber), StartedOn = day, EndedOn = day, StartedBy = "Test",
                SessionCount = count, IntakeOutcome = intake, LatestOutcome = latest ?? intake, OutcomeCount = count,
            };
            var session = new FeedbackSession
            {
                TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, EpisodeId = episode.Id, Number = 1, Date = day,
                StartedAt = DateTimeOffset.UtcNow, OpenUntil = DateTimeOffset.UtcNow, StartedByUserId = staffId, StartedBy = "Test",
            };
            db.AddRange(episode, session);
            foreach (var total in alliance)
            {
                db.Add(new FeedbackResponse
                {
                    TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, EpisodeId = episode.Id, SessionId = null, InstrumentCode = "alliance",
                    Kind = InstrumentKind.Alliance, Date = day, StoredAt = DateTimeOffset.UtcNow, EnteredBy = "Test", AnswersJson = "[]", Total = total,
                    InstrumentVersionId = Guid.NewGuid(),
                });
            }
        }
        await db.SaveChangesAsync();
    }
}
