using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Feedback.MyTotals;

/// <summary>A staff member's own totals, with the outcome scale's numbers they were computed with.</summary>
public sealed record MyTotalsView(PractitionerTotals Totals, double? CutOff, double? ReliableChange);

/// <summary>
/// My own totals over the episodes in which I held at least one session. Only numbers over many people are shown,
/// never a person, so reading them is not a read of anyone's data and is not logged.
/// </summary>
public sealed class MyTotalsQuery(AppDbContext db, IInstruments instruments)
{
    public async Task<MyTotalsView> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId() ?? Guid.Empty;
        var mine = db.Set<FeedbackSession>().Where(s => s.StartedByUserId == userId).Select(s => s.EpisodeId).Distinct();
        var episodes = await db.Set<FeedbackEpisode>().AsNoTracking().Where(e => mine.Contains(e.Id))
            .Select(e => new { e.Id, e.IntakeOutcome, e.LatestOutcome, e.OutcomeCount }).ToListAsync(cancellationToken);
        var alliance = await db.Set<FeedbackResponse>().AsNoTracking()
            .Where(r => r.Kind == InstrumentKind.Alliance && r.Total != null && mine.Contains(r.EpisodeId))
            .GroupBy(r => r.EpisodeId)
            .Select(g => new { EpisodeId = g.Key, Mean = g.Average(r => r.Total!.Value) })
            .ToDictionaryAsync(a => a.EpisodeId, a => a.Mean, cancellationToken);
        var outcome = (await instruments.CurrentAsync(cancellationToken)).FirstOrDefault(i => i.Kind == InstrumentKind.Outcome);
        var cutOff = outcome?.CutOff;
        var reliable = outcome?.ReliableChange;
        var rows = episodes.ConvertAll(e => new EpisodeOutcome(e.IntakeOutcome, e.LatestOutcome, e.OutcomeCount, alliance.TryGetValue(e.Id, out var mean) ? mean : null));
        var totals = cutOff is { } cut && reliable is { } threshold
            ? TotalsRules.Compute(rows, cut, threshold)
            : TotalsRules.Compute(rows, double.NaN, double.PositiveInfinity);
        return new MyTotalsView(totals, cutOff, reliable);
    }
}
