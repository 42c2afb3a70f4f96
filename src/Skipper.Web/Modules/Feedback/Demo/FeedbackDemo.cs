using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Demo;

/// <summary>
/// The demo person's feedback: one episode of six sessions, two weeks apart, where life got better (a reliable,
/// clinically significant change), the latest alliance answer low enough to raise a signal with a comment, and a
/// recovery questionnaire answered three months ago, so it is due again. Scored by the product's own rules.
/// </summary>
internal static class FeedbackDemo
{
    private static readonly double[][] Outcome = [[4, 5, 3.5, 4], [4.5, 5, 4, 4.5], [5, 5.5, 5, 5], [5.5, 6, 5.5, 6], [6.5, 6.5, 6, 6.5], [7, 6.5, 6.5, 7]];
    private static readonly double[][] Alliance = [[9, 9, 8.5, 9], [9.5, 9, 9, 9.5], [9.5, 9.5, 9, 9.5], [9.5, 9.5, 9.5, 9.5], [9.5, 9.5, 9.5, 9.5], [9.5, 8, 9, 9]];

    /// <param name="trajectories">The municipality's expected trajectories so far (the demo population's), for the bands of the outcome answers.</param>
    public static async Task AddAsync(
        AppDbContext db, Guid tenantId, Guid personId, Guid staffUserId, string staffName, string personName, DateTimeOffset now, DemoTrajectories trajectories)
    {
        var instruments = await InstrumentsAsync(db, tenantId);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var episode = new FeedbackEpisode { TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, Number = 1, StartedOn = today.AddDays(-73), StartedBy = staffName };
        var status = new FeedbackStatus { TenantId = tenantId, PersonId = personId, OpenEpisodeId = episode.Id, UpdatedAt = now };
        db.AddRange(episode, status);
        IReadOnlyList<Answer>? previousAlliance = null;
        for (var i = 0; i < Outcome.Length; i++)
        {
            var date = today.AddDays(-73 + (14 * i));
            var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            var session = new FeedbackSession
            {
                TenantId = tenantId, Id = Guid.NewGuid(), PersonId = personId, EpisodeId = episode.Id, Number = i + 1, Date = date,
                StartedAt = at, OpenUntil = at.AddHours(12), FinishedAt = at.AddHours(1), StartedByUserId = staffUserId, StartedBy = staffName,
            };
            db.Add(session);
            var outcome = Form(instruments[InstrumentKind.Outcome], Outcome[i]);
            var before = Row(tenantId, session, episode, instruments[InstrumentKind.Outcome], outcome, personName, at);
            var band = trajectories.At(before.StoredAt, episode.IntakeOutcome ?? outcome.Total!.Value, session.Number);
            (before.ExpectedVersion, before.ExpectedMedian, before.ExpectedLow) = (band?.Version, band?.Median, band?.Low);
            before.Signals = string.Join(',', FeedbackSignals.ForOutcome(instruments[InstrumentKind.Outcome], outcome.Total!.Value, episode.IntakeOutcome, session.Number, band));
            episode.IntakeOutcome ??= outcome.Total;
            episode.LatestOutcome = outcome.Total;
            episode.OutcomeCount++;
            var alliance = Form(instruments[InstrumentKind.Alliance], Alliance[i]);
            var after = Row(tenantId, session, episode, instruments[InstrumentKind.Alliance], alliance, personName, at.AddMinutes(50));
            after.Signals = string.Join(',', FeedbackSignals.ForAlliance(instruments[InstrumentKind.Alliance], alliance, previousAlliance));
            previousAlliance = alliance.Answers;
            db.AddRange(before, after);
            if (i == Outcome.Length - 1)
            {
                after.Comment = "Jeg ble litt stresset av at vi ikke rakk å snakke om jobben.";
                after.CommentedAt = after.StoredAt.AddMinutes(5);
                status.LastSessionId = session.Id;
                status.Signals = string.Join(',', ResponseViews.SignalsOf(before.Signals).Union(ResponseViews.SignalsOf(after.Signals)));
                status.LatestAlliance = alliance.Total;
                status.LastOutcomeOn = date;
            }
        }
        episode.SessionCount = Outcome.Length;
        status.SessionCount = episode.SessionCount;
        status.IntakeOutcome = episode.IntakeOutcome;
        status.LatestOutcome = episode.LatestOutcome;
        AddRecovery(db, tenantId, episode, status, instruments[InstrumentKind.Recovery], personName, now.AddDays(-95));
    }

    /// <summary>The municipality's current instrument versions by kind, read the way answers are scored.</summary>
    public static async Task<Dictionary<InstrumentKind, InstrumentDefinition>> InstrumentsAsync(AppDbContext db, Guid tenantId)
    {
        var rows = await db.Set<InstrumentVersion>().IgnoreQueryFilters().Where(i => i.TenantId == tenantId && i.IsCurrent).ToListAsync();
        return rows.Select(r => InstrumentFile.Read(r.Json).Definition! with { VersionId = r.Id }).ToDictionary(d => d.Kind);
    }

    /// <summary>Every kind of support marked as mattering except the last, each rated "quite a lot".</summary>
    private static void AddRecovery(AppDbContext db, Guid tenantId, FeedbackEpisode episode, FeedbackStatus status, InstrumentDefinition recovery, string personName, DateTimeOffset at)
    {
        var lastGate = recovery.Items.Last(i => i.Kind == ItemKind.Matters).LinkId;
        var answers = recovery.Items
            .Where(i => i.Kind != ItemKind.Rating || i.GatedBy != lastGate)
            .Select(i => new Answer(i.LinkId, i.Kind == ItemKind.Matters ? (i.LinkId == lastGate ? 0 : 1) : 3))
            .ToList();
        var form = FormScoring.Score(recovery, answers).Form!;
        var row = Row(tenantId, null, episode, recovery, form, personName, at);
        db.Add(row);
        status.LastRecoveryOn = row.Date;
    }

    private static ScoredForm Form(InstrumentDefinition instrument, double[] values) =>
        FormScoring.Score(instrument, [.. instrument.Items.Where(i => i.Kind == ItemKind.Slider).Zip(values, (item, value) => new Answer(item.LinkId, value))]).Form!;

    private static FeedbackResponse Row(Guid tenantId, FeedbackSession? session, FeedbackEpisode episode, InstrumentDefinition instrument, ScoredForm form, string personName, DateTimeOffset at) => new()
    {
        TenantId = tenantId,
        Id = Guid.NewGuid(),
        PersonId = episode.PersonId,
        EpisodeId = episode.Id,
        SessionId = session?.Id,
        SessionNumber = session?.Number,
        InstrumentVersionId = instrument.VersionId,
        InstrumentCode = instrument.Code,
        Kind = instrument.Kind,
        Date = session?.Date ?? DateOnly.FromDateTime(at.UtcDateTime),
        StoredAt = at,
        Via = AnsweredVia.Self,
        EnteredBy = personName,
        AnswersJson = ResponseViews.AnswersToJson(form.Answers),
        Total = form.Total,
        PartScoresJson = ResponseViews.PartsToJson(form),
    };
}
