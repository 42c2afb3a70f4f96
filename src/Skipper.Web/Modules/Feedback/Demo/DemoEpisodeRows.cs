using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Demo;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Demo;

/// <summary>
/// One demo episode as the app would have stored it: a session per planned time, held live by the department's care
/// worker, with the outcome form on the tablet before (and, at the first session, the recovery
/// questionnaire) and the alliance form after; episode counts and versions as SessionCommands,
/// SubmitResponse and EpisodeCommands leave them. Bands and outcome signals are decided later (Decide), once the
/// expected trajectories of the time are known.
/// </summary>
internal sealed class DemoEpisodeRows
{
    public required FeedbackEpisode Episode { get; init; }
    public List<FeedbackSession> Sessions { get; } = [];
    public List<FeedbackResponse> Responses { get; } = [];

    public IEnumerable<FeedbackResponse> Outcomes => Responses.Where(r => r.Kind == InstrumentKind.Outcome);

    public static DemoEpisodeRows Build(Guid tenantId, DemoResident who, DemoEpisodePlan plan, IReadOnlyDictionary<InstrumentKind, InstrumentDefinition> instruments, Random random)
    {
        var course = new DemoCourse(random, plan.Sessions.Count);
        var rows = new DemoEpisodeRows
        {
            Episode = new FeedbackEpisode
            {
                TenantId = tenantId, Id = plan.Id, PersonId = who.Person.Id, Number = plan.Number,
                StartedOn = Day(plan.Sessions[0]), StartedBy = who.Clinician.Name,
            },
        };
        var episode = rows.Episode;
        IReadOnlyList<Answer>? previousAlliance = null;
        for (var number = 1; number <= plan.Sessions.Count; number++)
        {
            var at = plan.Sessions[number - 1];
            var session = new FeedbackSession
            {
                TenantId = tenantId, Id = Guid.NewGuid(), PersonId = who.Person.Id, EpisodeId = episode.Id, Number = number, Date = Day(at),
                StartedAt = at, OpenUntil = at.AddHours(12), FinishedAt = at.AddMinutes(55),
                StartedByUserId = who.Clinician.UserId, StartedBy = who.Clinician.Name,
            };
            rows.Sessions.Add(session);
            episode.SessionCount = number;
            episode.Version++;
            if (number == 1)
            {
                rows.Add(who, session, instruments[InstrumentKind.Recovery], course.Recovery(instruments[InstrumentKind.Recovery], random), at.AddMinutes(1));
            }
            var outcome = rows.Add(who, session, instruments[InstrumentKind.Outcome], course.Outcome(instruments[InstrumentKind.Outcome], number, random), at.AddMinutes(4));
            episode.IntakeOutcome ??= outcome.Total;
            episode.LatestOutcome = outcome.Total;
            episode.OutcomeCount++;
            episode.Version++;
            var allianceForm = course.Alliance(instruments[InstrumentKind.Alliance], number, random);
            var alliance = rows.Add(who, session, instruments[InstrumentKind.Alliance], allianceForm, at.AddMinutes(50));
            alliance.Signals = string.Join(',', FeedbackSignals.ForAlliance(instruments[InstrumentKind.Alliance], allianceForm, previousAlliance));
            previousAlliance = allianceForm.Answers;
        }
        if (plan.EndedOn is { } ended)
        {
            episode.EndedOn = ended;
            episode.EndedBy = who.Clinician.Name;
            episode.Version++;
        }
        return rows;
    }

    /// <summary>The outcome totals by session, as the recalculation reads a finished episode.</summary>
    public EpisodeSeries Series()
    {
        var totals = Outcomes.Select(r => (r.SessionNumber!.Value, r.Total!.Value)).ToList();
        return new EpisodeSeries(totals[0].Item2, totals);
    }

    /// <summary>What ResponseSignals decides when an outcome form is stored: the band of the time, and the signals against it.</summary>
    public void Decide(InstrumentDefinition outcome, DemoTrajectories trajectories)
    {
        double? intake = null;
        foreach (var row in Outcomes)
        {
            var total = row.Total!.Value;
            var band = trajectories.At(row.StoredAt, intake ?? total, row.SessionNumber!.Value);
            row.ExpectedVersion = band?.Version;
            row.ExpectedMedian = band?.Median;
            row.ExpectedLow = band?.Low;
            row.Signals = string.Join(',', FeedbackSignals.ForOutcome(outcome, total, intake, row.SessionNumber.Value, band));
            intake ??= total;
        }
    }

    private FeedbackResponse Add(DemoResident who, FeedbackSession session, InstrumentDefinition instrument, ScoredForm form, DateTimeOffset at)
    {
        var row = new FeedbackResponse
        {
            TenantId = session.TenantId,
            Id = Guid.NewGuid(),
            PersonId = session.PersonId,
            EpisodeId = session.EpisodeId,
            SessionId = session.Id,
            SessionNumber = session.Number,
            InstrumentVersionId = instrument.VersionId,
            InstrumentCode = instrument.Code,
            Kind = instrument.Kind,
            Date = session.Date,
            StoredAt = at,
            Via = AnsweredVia.HandOver,
            EnteredBy = who.Person.DisplayName,
            AnswersJson = ResponseViews.AnswersToJson(form.Answers),
            Total = form.Total,
            PartScoresJson = ResponseViews.PartsToJson(form),
        };
        Responses.Add(row);
        return row;
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.InNorway().DateTime);
}
