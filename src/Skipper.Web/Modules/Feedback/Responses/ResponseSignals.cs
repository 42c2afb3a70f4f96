using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Modules.Feedback.Trajectories;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Responses;

/// <summary>
/// Decides, when a form is stored, which signals it raises and (for the outcome scale) the expected band at its
/// session, and writes both onto the row: what staff saw then stays what they see later.
/// </summary>
public sealed class ResponseSignals(AppDbContext db, TrajectoryRecalculation trajectories)
{
    public async Task DecideAsync(FeedbackResponse row, InstrumentDefinition instrument, ScoredForm form, FeedbackEpisode episode)
    {
        IReadOnlyList<string> raised = [];
        if (row.Kind == InstrumentKind.Outcome && row.Total is { } total && row.SessionNumber is { } session)
        {
            var intake = episode.IntakeOutcome ?? total;
            var latest = await trajectories.LatestAsync(instrument.Code);
            var band = latest?.Bands.At(latest.Value.Version, intake, session);
            row.ExpectedVersion = band?.Version;
            row.ExpectedMedian = band?.Median;
            row.ExpectedLow = band?.Low;
            raised = FeedbackSignals.ForOutcome(instrument, total, episode.IntakeOutcome, session, band);
        }
        else if (row.Kind == InstrumentKind.Alliance && row.SessionNumber is { } number)
        {
            var previous = await db.Set<FeedbackResponse>().AsNoTracking()
                .Where(r => r.EpisodeId == episode.Id && r.InstrumentCode == row.InstrumentCode && r.SessionNumber < number)
                .OrderByDescending(r => r.SessionNumber)
                .Select(r => r.AnswersJson)
                .FirstOrDefaultAsync();
            var before = previous is null ? null : ResponseViews.AnswersOf(previous);
            raised = FeedbackSignals.ForAlliance(instrument, form, before);
        }
        row.Signals = string.Join(',', raised);
    }
}
