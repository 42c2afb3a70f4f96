using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Episodes;

/// <summary>Reads the person's open episode and status row for a change in the same save (tracked), making them when missing.</summary>
public sealed class EpisodeBook(AppDbContext db, TimeProvider clock)
{
    public async Task<FeedbackStatus> StatusAsync(Guid personId)
    {
        var status = db.Set<FeedbackStatus>().Local.FirstOrDefault(s => s.PersonId == personId)
            ?? await db.Set<FeedbackStatus>().FirstOrDefaultAsync(s => s.PersonId == personId);
        if (status is null)
        {
            status = new FeedbackStatus { PersonId = personId, UpdatedAt = clock.GetUtcNow() };
            db.Add(status);
        }
        return status;
    }

    public async Task<FeedbackEpisode?> OpenEpisodeAsync(Guid personId) =>
        await db.Set<FeedbackEpisode>().Where(e => e.PersonId == personId && e.EndedOn == null)
            .OrderByDescending(e => e.Number).FirstOrDefaultAsync();

    public async Task<(FeedbackEpisode Episode, FeedbackStatus Status)> OpenOrStartAsync(Guid personId, string by, DateOnly on)
    {
        var status = await StatusAsync(personId);
        var episode = await OpenEpisodeAsync(personId) ?? await StartAsync(personId, by, on, status);
        return (episode, status);
    }

    /// <summary>A new episode numbered after the person's last one; the status starts over with it.</summary>
    public async Task<FeedbackEpisode> StartAsync(Guid personId, string by, DateOnly on, FeedbackStatus status)
    {
        var last = await db.Set<FeedbackEpisode>().Where(e => e.PersonId == personId).MaxAsync(e => (int?)e.Number) ?? 0;
        var episode = new FeedbackEpisode { Id = Guid.NewGuid(), PersonId = personId, Number = last + 1, StartedOn = on, StartedBy = by };
        db.Add(episode);
        status.OpenEpisodeId = episode.Id;
        status.SessionCount = 0;
        status.IntakeOutcome = null;
        status.LatestOutcome = null;
        status.LatestAlliance = null;
        status.Signals = "";
        status.LastSessionId = null;
        status.UpdatedAt = clock.GetUtcNow();
        return episode;
    }
}
