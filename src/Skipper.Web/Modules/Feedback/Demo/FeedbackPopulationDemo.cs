using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Demo;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Demo;

/// <summary>
/// The demo population's feedback: every planned episode with its sessions and answers, the expected trajectories
/// the daily recalculation would have stored as episodes ended (and the bands answers got from them), and each
/// person's status row as the last change left it. Returns the trajectories, so that answers stored later (the demo
/// person's) get their bands too.
/// </summary>
internal static class FeedbackPopulationDemo
{
    public static async Task<DemoTrajectories> AddAsync(AppDbContext db, Guid tenantId, IReadOnlyList<DemoResident> residents, DateTimeOffset now)
    {
        if (residents.Count == 0)
        {
            return DemoTrajectories.None;
        }
        var instruments = await FeedbackDemo.InstrumentsAsync(db, tenantId);
        var outcome = instruments[InstrumentKind.Outcome];
        var random = new Random(DemoPopulation.Seed + 1);
        var people = residents.Select(who => (Who: who, Episodes: who.Life.Episodes.Select(plan => DemoEpisodeRows.Build(tenantId, who, plan, instruments, random)).ToList())).ToList();
        var finished = people.SelectMany(p => p.Episodes)
            .Where(e => e.Episode.EndedOn is not null)
            .Select(e => new FinishedSeries(e.Episode.EndedOn!.Value, e.Series()))
            .ToList();
        var trajectories = DemoTrajectories.Recalculate(tenantId, outcome.Code, finished, now);
        foreach (var episode in people.SelectMany(p => p.Episodes))
        {
            episode.Decide(outcome, trajectories);
        }
        var episodes = people.SelectMany(p => p.Episodes).ToList();
        await DemoRows.InsertAsync(db, episodes.ConvertAll(e => e.Episode));
        await DemoRows.InsertAsync(db, [.. episodes.SelectMany(e => e.Sessions)]);
        await DemoRows.InsertAsync(db, [.. episodes.SelectMany(e => e.Responses)]);
        await DemoRows.InsertAsync(db, [.. people.Where(p => p.Episodes.Count > 0).Select(p => Status(p.Who, p.Episodes))]);
        await DemoRows.InsertAsync(db, trajectories.Rows);
        return trajectories;
    }

    /// <summary>
    /// The status row follows the person's latest episode: its counts, totals and last session's signals stay after it
    /// ends (only the open episode is cleared); the last recovery answer is kept across episodes.
    /// </summary>
    private static FeedbackStatus Status(DemoResident who, List<DemoEpisodeRows> episodes)
    {
        var last = episodes[^1];
        var lastSession = last.Sessions[^1];
        var sessionRows = last.Responses.Where(r => r.SessionId == lastSession.Id).ToList();
        var ended = last.Episode.EndedOn;
        return new FeedbackStatus
        {
            TenantId = who.Person.TenantId,
            PersonId = who.Person.Id,
            OpenEpisodeId = ended is null ? last.Episode.Id : null,
            LastSessionId = lastSession.Id,
            SessionCount = last.Episode.SessionCount,
            IntakeOutcome = last.Episode.IntakeOutcome,
            LatestOutcome = last.Episode.LatestOutcome,
            LatestAlliance = sessionRows.Last(r => r.Kind == InstrumentKind.Alliance).Total,
            LastOutcomeOn = lastSession.Date,
            LastRecoveryOn = episodes.SelectMany(e => e.Responses).Where(r => r.Kind == InstrumentKind.Recovery).Max(r => (DateOnly?)r.Date),
            Signals = string.Join(',', sessionRows.SelectMany(r => ResponseViews.SignalsOf(r.Signals)).Distinct()),
            UpdatedAt = ended is { } day ? day.StartInNorway().AddHours(15).ToUniversalTime() : sessionRows[^1].StoredAt,
        };
    }
}
