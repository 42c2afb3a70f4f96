using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Figures;

/// <summary>
/// Counts per department for the leaders' dashboards: a few grouped queries over one range of days, or a projection
/// of small columns where a rule from Scoring must be applied (episodes) or a part score read (recovery).
/// </summary>
internal sealed class FeedbackFiguresQuery(AppDbContext db, IInstruments instruments) : IFeedbackFigures
{
    public const string SupportPart = "support";
    public const string RelationshipPart = "relationship";

    public async Task<IReadOnlyList<DepartmentFeedbackFigures>> ForRangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var current = await instruments.CurrentAsync(cancellationToken);
        var outcome = current.FirstOrDefault(i => i.Kind == InstrumentKind.Outcome);
        var alliance = current.FirstOrDefault(i => i.Kind == InstrumentKind.Alliance);

        var episodes = await EpisodesAsync(from, to, outcome, cancellationToken);
        var alliances = await AllianceAsync(from, to, alliance?.SignalBelow, cancellationToken);
        var onTrack = await OnTrackAsync(from, to, cancellationToken);
        var recovery = await RecoveryAsync(from, to, cancellationToken);

        return episodes.Keys.Union(alliances.Keys).Union(onTrack.Keys).Union(recovery.Keys)
            .Select(key => new DepartmentFeedbackFigures(
                key.Id,
                episodes.GetValueOrDefault(key) ?? EpisodeFigures.None,
                alliances.GetValueOrDefault(key) ?? new AllianceFigures(0, 0, 0),
                onTrack.GetValueOrDefault(key) ?? new OnTrackFigures(0, 0),
                recovery.GetValueOrDefault(key) ?? new RecoveryFigures(0, 0, 0, 0, 0, 0)))
            .ToList();
    }

    public async Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default)
    {
        // One indexed look-up per kind (TenantId, Kind, Date) rather than a scan of every answer.
        DateOnly? first = null;
        foreach (var kind in Enum.GetValues<InstrumentKind>())
        {
            var day = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.Kind == kind).MinAsync(r => (DateOnly?)r.Date, cancellationToken);
            first = day is { } d && (first is null || d < first) ? d : first;
        }
        return first;
    }

    private async Task<Dictionary<DepartmentKey, EpisodeOutcomeFigures>> EpisodesAsync(
        DateOnly first, DateOnly last, InstrumentDefinition? outcome, CancellationToken ct)
    {
        var rows = await (
                from e in db.Set<FeedbackEpisode>().AsNoTracking()
                where e.EndedOn >= first && e.EndedOn <= last
                join p in db.Persons.AsNoTracking() on new { e.TenantId, e.PersonId } equals new { p.TenantId, PersonId = p.Id }
                select new EndedEpisodeRow(p.DepartmentId, e.PersonId, e.IntakeOutcome, e.LatestOutcome, e.OutcomeCount))
            .ToListAsync(ct);
        return rows.GroupBy(r => new DepartmentKey(r.DepartmentId))
            .ToDictionary(g => g.Key, g => EpisodeFigures.Count(g.ToList(), outcome?.CutOff, outcome?.ReliableChange));
    }

    private async Task<Dictionary<DepartmentKey, AllianceFigures>> AllianceAsync(DateOnly first, DateOnly last, double? signalBelow, CancellationToken ct)
    {
        var below = signalBelow ?? double.MinValue;
        var rows = await (
                from r in Responses(InstrumentKind.Alliance, first, last)
                join p in db.Persons.AsNoTracking() on new { r.TenantId, r.PersonId } equals new { p.TenantId, PersonId = p.Id }
                group new { r.PersonId, r.Total } by p.DepartmentId into g
                select new
                {
                    g.Key,
                    Answers = g.Count(),
                    Low = g.Count(x => x.Total < below),
                    People = g.Select(x => x.PersonId).Distinct().Count(),
                })
            .ToListAsync(ct);
        return rows.ToDictionary(r => new DepartmentKey(r.Key), r => new AllianceFigures(r.Answers, r.Low, r.People));
    }

    /// <summary>Each person's latest outcome answer in the range (a later day, or a later store on the same day, wins).</summary>
    private async Task<Dictionary<DepartmentKey, OnTrackFigures>> OnTrackAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var inRange = Responses(InstrumentKind.Outcome, from, to);
        var latest = inRange.Where(r => !inRange.Any(o => o.PersonId == r.PersonId
            && (o.Date > r.Date || (o.Date == r.Date && o.StoredAt > r.StoredAt))));
        var rows = await (
                from r in latest
                where r.ExpectedLow != null
                join p in db.Persons.AsNoTracking() on new { r.TenantId, r.PersonId } equals new { p.TenantId, PersonId = p.Id }
                group new { r.PersonId, NotOnTrack = r.Total < r.ExpectedLow } by p.DepartmentId into g
                select new
                {
                    g.Key,
                    Known = g.Select(x => x.PersonId).Distinct().Count(),
                    NotOnTrack = g.Where(x => x.NotOnTrack).Select(x => x.PersonId).Distinct().Count(),
                })
            .ToListAsync(ct);
        return rows.ToDictionary(r => new DepartmentKey(r.Key), r => new OnTrackFigures(r.Known, r.NotOnTrack));
    }

    private async Task<Dictionary<DepartmentKey, RecoveryFigures>> RecoveryAsync(DateOnly first, DateOnly last, CancellationToken ct)
    {
        // Recovery questionnaires come a few times a year per person: few rows, and the part scores are JSON.
        var rows = await (
                from r in Responses(InstrumentKind.Recovery, first, last)
                join p in db.Persons.AsNoTracking() on new { r.TenantId, r.PersonId } equals new { p.TenantId, PersonId = p.Id }
                select new { p.DepartmentId, r.PersonId, r.PartScoresJson })
            .ToListAsync(ct);
        return rows.GroupBy(r => new DepartmentKey(r.DepartmentId)).ToDictionary(g => g.Key, g =>
        {
            var parts = g.Select(r => PartScores(r.PartScoresJson)).ToList();
            var support = parts.Select(p => p.GetValueOrDefault(SupportPart)).OfType<double>().ToList();
            var relationship = parts.Select(p => p.GetValueOrDefault(RelationshipPart)).OfType<double>().ToList();
            return new RecoveryFigures(g.Count(), g.Select(r => r.PersonId).Distinct().Count(),
                support.Sum(), support.Count, relationship.Sum(), relationship.Count);
        });
    }

    private IQueryable<FeedbackResponse> Responses(InstrumentKind kind, DateOnly from, DateOnly to) =>
        db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.Kind == kind && r.Date >= from && r.Date <= to);

    private static Dictionary<string, double?> PartScores(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, double?>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>A department id as a dictionary key (null, persons without a department, is a key too).</summary>
    private readonly record struct DepartmentKey(Guid? Id);
}
