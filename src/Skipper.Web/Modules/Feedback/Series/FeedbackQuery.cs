using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Series;

/// <summary>Reads a person's feedback through an opened gate: every episode, session and form, in three queries.</summary>
public sealed class FeedbackQuery(AppDbContext db, IInstruments instruments, TimeProvider clock, IStringLocalizer<Texts> texts)
{
    public async Task<FeedbackView> ReadAsync(GateResult opened, CancellationToken cancellationToken = default)
    {
        var personId = opened.Person!.Id;
        var episodes = await db.Set<FeedbackEpisode>().AsNoTracking().Where(e => e.PersonId == personId)
            .OrderBy(e => e.Number).ToListAsync(cancellationToken);
        var sessions = await db.Set<FeedbackSession>().AsNoTracking().Where(s => s.PersonId == personId)
            .OrderBy(s => s.Number).ToListAsync(cancellationToken);
        var responses = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.PersonId == personId)
            .OrderBy(r => r.Date).ThenBy(r => r.StoredAt).ToListAsync(cancellationToken);
        var current = await instruments.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();

        var views = new Dictionary<Guid, ResponseStored>();
        foreach (var row in responses)
        {
            var intake = episodes.First(e => e.Id == row.EpisodeId).IntakeOutcome;
            views[row.Id] = ResponseViews.From(row, await instruments.ByVersionIdAsync(row.InstrumentVersionId, cancellationToken), intake, texts);
        }
        var series = episodes.Select(e => new EpisodeSessions(EpisodeView.From(e), [.. sessions.Where(s => s.EpisodeId == e.Id).Select(s =>
        {
            var forms = responses.Where(r => r.SessionId == s.Id).Select(r => views[r.Id]).ToList();
            var open = s.FinishedAt is null && s.OpenUntil > now && e.EndedOn is null;
            return new SessionView(s.Id, s.Number, s.Date, s.FromPaper, open, forms, [.. forms.SelectMany(f => f.Signals)]);
        })])).ToList();
        var openSession = series.LastOrDefault()?.Sessions.LastOrDefault(s => s.Open)?.Id;
        return new FeedbackView(personId, series, Summary(episodes, responses, current), 
            [.. responses.Where(r => r.Kind == InstrumentKind.Recovery).Select(r => views[r.Id])],
            Due(episodes, responses, current, now), openSession);
    }

    private static FeedbackSummary? Summary(List<FeedbackEpisode> episodes, List<FeedbackResponse> responses, IReadOnlyList<InstrumentDefinition> current)
    {
        var episode = episodes.LastOrDefault();
        if (episode is null)
        {
            return null;
        }
        var outcome = current.FirstOrDefault(i => i.Kind == InstrumentKind.Outcome);
        var alliance = responses.LastOrDefault(r => r.EpisodeId == episode.Id && r.Kind == InstrumentKind.Alliance)?.Total;
        double? change = episode.IntakeOutcome is { } start && episode.LatestOutcome is { } end ? Math.Round(end - start, 1) : null;
        string? reliable = null;
        var significant = false;
        if (change is not null && outcome?.ReliableChange is { } threshold)
        {
            reliable = ChangeRules.ReliableChange(episode.IntakeOutcome!.Value, episode.LatestOutcome!.Value, threshold).ToString().ToLowerInvariant();
            significant = outcome.CutOff is { } cut && ChangeRules.ClinicallySignificant(episode.IntakeOutcome.Value, episode.LatestOutcome.Value, cut, threshold);
        }
        return new FeedbackSummary(episode.Number, episode.SessionCount, episode.IntakeOutcome, episode.LatestOutcome, change, reliable,
            significant, outcome?.CutOff, outcome?.ReliableChange, alliance);
    }

    private static List<DueView> Due(List<FeedbackEpisode> episodes, List<FeedbackResponse> responses, IReadOnlyList<InstrumentDefinition> current, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var open = episodes.LastOrDefault() is { EndedOn: null };
        return [.. current.Where(i => i.DueEveryDays is not null).Select(i =>
        {
            var last = responses.Where(r => r.InstrumentCode == i.Code).Select(r => (DateOnly?)r.Date).LastOrDefault();
            return new DueView(i.Code, DueRule.DueOn(open, last, i.DueEveryDays, today), DueRule.IsDue(open, last, i.DueEveryDays, today));
        })];
    }
}
