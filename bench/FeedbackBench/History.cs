using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.People;

namespace FeedbackBench;

/// <summary>The rows of one batch of persons, in the order they are written (foreign keys first).</summary>
internal sealed class Batch
{
    public List<Person> Persons { get; } = [];
    public List<CareRelation> Relations { get; } = [];
    public List<FeedbackEpisode> Episodes { get; } = [];
    public List<FeedbackSession> Sessions { get; } = [];
    public List<FeedbackResponse> Responses { get; } = [];
    public List<FeedbackStatus> Statuses { get; } = [];
    public List<EpisodeSeries> Finished { get; } = [];

    public long Rows => Persons.Count + Relations.Count + Episodes.Count + Sessions.Count + Responses.Count + Statuses.Count;
}

/// <summary>Who the history belongs to and who held the sessions.</summary>
internal sealed record Someone(Guid TenantId, Guid PersonId, string PersonName, Guid StaffId, string StaffName);

/// <summary>
/// A person's feedback history as the app would have written it: weekly-ish sessions, each with the outcome form before
/// and the alliance form after, scored and with the signals the app's own rules (FeedbackSignals) raise; some persons
/// have a finished first episode and a restart. Episodes, sessions and the status row agree with the answers.
/// </summary>
/// <param name="spreadDays">0: every history ends a few days ago. More: the last session lies up to this many days back, and a
/// history whose last session is older than six weeks has its episode ended two weeks after it (for dashboards over time).</param>
internal sealed class History(StoredInstruments instruments, DateOnly today, int spreadDays = 0)
{
    private const int EndAfterDays = 42;

    public void Add(Batch batch, Someone who, int sessions, Random random)
    {
        var finishedFirst = sessions >= 6 && random.NextDouble() < 0.2;
        var firstCount = finishedFirst ? sessions / 2 : sessions;
        // Sessions go back from a few days ago, 7–14 days apart (and a gap of a month or two between two episodes).
        var dates = new List<DateOnly>();
        var date = today.AddDays(-random.Next(1, 10 + spreadDays));
        for (var s = sessions - 1; s >= 0; s--)
        {
            dates.Insert(0, date);
            date = date.AddDays(-(s == firstCount ? random.Next(30, 70) : random.Next(7, 15)));
        }
        var intake = Math.Clamp(Gauss(random, 19, 6), 3, 34);
        var gain = random.NextDouble() * 16 - 4;
        var alliance = 8.2 + random.NextDouble() * 1.7;
        var endLast = spreadDays > 0 && dates[^1] < today.AddDays(-EndAfterDays);
        var first = Episode(batch, who, 1, dates.Take(firstCount).ToList(), intake, gain, alliance, random, finished: finishedFirst || endLast);
        var open = finishedFirst
            ? Episode(batch, who, 2, dates.Skip(firstCount).ToList(), Math.Clamp(intake + gain * 0.5, 0, 40), gain * 0.5, alliance, random, finished: endLast)
            : first;
        var last = batch.Sessions[^1];
        var lastResponses = batch.Responses[^2..];
        batch.Statuses.Add(new FeedbackStatus
        {
            TenantId = who.TenantId,
            PersonId = who.PersonId,
            OpenEpisodeId = endLast ? null : open.Id,
            LastSessionId = last.Id,
            SessionCount = open.SessionCount,
            IntakeOutcome = open.IntakeOutcome,
            LatestOutcome = open.LatestOutcome,
            LatestAlliance = lastResponses[^1].Total,
            LastOutcomeOn = last.Date,
            Signals = string.Join(',', lastResponses.SelectMany(r => ResponseViews.SignalsOf(r.Signals)).Distinct()),
            UpdatedAt = lastResponses[^1].StoredAt,
        });
    }

    private FeedbackEpisode Episode(Batch batch, Someone who, int number, List<DateOnly> dates, double intake, double gain, double alliance, Random random, bool finished)
    {
        var episode = new FeedbackEpisode
        {
            TenantId = who.TenantId,
            Id = Guid.CreateVersion7(),
            PersonId = who.PersonId,
            Number = number,
            StartedOn = dates[0],
            StartedBy = who.StaffName,
        };
        batch.Episodes.Add(episode);
        IReadOnlyList<Answer>? previousAlliance = null;
        var totals = new List<(int, double)>();
        for (var s = 1; s <= dates.Count; s++)
        {
            var started = new DateTimeOffset(dates[s - 1].ToDateTime(new TimeOnly(8 + random.Next(7), random.Next(60))), TimeSpan.Zero);
            var session = new FeedbackSession
            {
                TenantId = who.TenantId,
                Id = Guid.CreateVersion7(),
                PersonId = who.PersonId,
                EpisodeId = episode.Id,
                Number = s,
                Date = dates[s - 1],
                StartedAt = started,
                OpenUntil = started.AddHours(12),
                FinishedAt = started.AddMinutes(50),
                StartedByUserId = who.StaffId,
                StartedBy = who.StaffName,
            };
            batch.Sessions.Add(session);
            episode.SessionCount = s;
            episode.Version++;

            var expected = intake + gain * (1 - Math.Exp(-(s - 1) / 3.0)) + Gauss(random, 0, 2.5);
            var outcomeForm = Form(instruments.Outcome, expected / instruments.Outcome.Items.Count, 1.5, random);
            var outcome = Response(who, session, instruments.Outcome, outcomeForm, started.AddMinutes(2), AnsweredVia.Self);
            outcome.Signals = string.Join(',', FeedbackSignals.ForOutcome(instruments.Outcome, outcomeForm.Total!.Value, episode.IntakeOutcome, s, band: null));
            episode.IntakeOutcome ??= outcomeForm.Total;
            episode.LatestOutcome = outcomeForm.Total;
            episode.OutcomeCount++;
            episode.Version++;
            totals.Add((s, outcomeForm.Total.Value));

            var allianceForm = Form(instruments.Alliance, random.NextDouble() < 0.08 ? alliance - 2 : alliance, 0.5, random);
            var allianceRow = Response(who, session, instruments.Alliance, allianceForm, started.AddMinutes(48), AnsweredVia.HandOver);
            allianceRow.Signals = string.Join(',', FeedbackSignals.ForAlliance(instruments.Alliance, allianceForm, previousAlliance));
            previousAlliance = allianceForm.Answers;
            batch.Responses.Add(outcome);
            batch.Responses.Add(allianceRow);
        }
        if (finished)
        {
            episode.EndedOn = dates[^1].AddDays(14);
            episode.EndedBy = who.StaffName;
            episode.Version++;
            batch.Finished.Add(new EpisodeSeries(totals[0].Item2, totals));
        }
        return episode;
    }

    private static FeedbackResponse Response(Someone who, FeedbackSession session, InstrumentDefinition instrument, ScoredForm form, DateTimeOffset storedAt, AnsweredVia via) => new()
    {
        TenantId = who.TenantId,
        Id = Guid.CreateVersion7(),
        PersonId = who.PersonId,
        EpisodeId = session.EpisodeId,
        SessionId = session.Id,
        SessionNumber = session.Number,
        InstrumentVersionId = instrument.VersionId,
        InstrumentCode = instrument.Code,
        Kind = instrument.Kind,
        Date = session.Date,
        StoredAt = storedAt,
        Via = via,
        EnteredBy = who.PersonName,
        AnswersJson = ResponseViews.AnswersToJson(form.Answers),
        Total = form.Total,
    };

    /// <summary>Every item near the same level (with some spread), on the item's scale and step; the total is their sum.</summary>
    public static ScoredForm Form(InstrumentDefinition instrument, double level, double spread, Random random)
    {
        var answers = instrument.Items.Select(item =>
        {
            var value = Math.Round(Math.Clamp(level + Gauss(random, 0, spread), item.Min, item.Max) / item.Step) * item.Step;
            return new Answer(item.LinkId, Clean(value));
        }).ToList();
        return new ScoredForm(answers, [new PartScore("total", Clean(answers.Sum(a => a.Value)))]);
    }

    /// <summary>As the app's ScoreMath.Clean: six decimals, so 7.300000001 is stored as 7.3.</summary>
    private static double Clean(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    private static double Gauss(Random random, double mean, double deviation) =>
        mean + deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
