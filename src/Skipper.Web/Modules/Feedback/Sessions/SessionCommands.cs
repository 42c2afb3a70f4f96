using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.Sessions;

/// <summary>{ date (yyyy-mm-dd): the day of an earlier session whose paper forms staff type in; empty = today }.</summary>
public sealed record StartSessionRequest(DateOnly? Date = null);

public sealed record SessionStarted(Guid Id, int Number, Guid EpisodeId, int EpisodeNumber, DateOnly Date, bool FromPaper, DateTimeOffset OpenUntil);

/// <summary>Starts a session in the person's open episode (opening one if none is open), and finishes sessions.</summary>
public sealed class SessionCommands(AppDbContext db, FeedbackDoor door, EpisodeBook episodes, TimeProvider clock)
{
    /// <summary>How long a session takes answers: long enough for "before" and "after" on the same day.</summary>
    public static readonly TimeSpan OpenFor = TimeSpan.FromHours(12);

    /// <summary>Paper forms older than this are not typed in.</summary>
    public const int PaperYears = 5;

    public async Task<Outcome<SessionStarted>> StartAsync(ClaimsPrincipal user, Guid personId, StartSessionRequest? request)
    {
        var opened = await door.OpenAsync(user, personId, PersonOperation.Write);
        return opened.IsOpen ? await StartInAsync(user, opened, request) : Refusal.Of(RefusalKind.NotFound, "Problem.404");
    }

    public async Task<Outcome<SessionStarted>> StartOwnAsync(ClaimsPrincipal user)
    {
        var opened = await door.OpenOwnAsync(user, PersonOperation.Write);
        return opened.IsOpen ? await StartInAsync(user, opened, null) : Refusal.Of(RefusalKind.NotFound, "Problem.404");
    }

    private async Task<Outcome<SessionStarted>> StartInAsync(ClaimsPrincipal user, GateResult opened, StartSessionRequest? request)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var date = request?.Date ?? today;
        if (date > today || date < today.AddYears(-PaperYears))
        {
            return Refusal.Of(RefusalKind.Invalid, "Feedback.Error.SessionDate", "date");
        }
        var fromPaper = date < today;
        if (fromPaper && opened.Via == PersonAccessVia.Self)
        {
            return Refusal.Of(RefusalKind.Forbidden, "Feedback.Error.PaperIsForStaff", "date");
        }
        var personId = opened.Person!.Id;
        if (!fromPaper && await TodaysOpenSessionAsync(personId, today, now) is { } running)
        {
            // The person answered "before" from their own account; staff start the same session, not a second one.
            return running;
        }
        var (episode, status) = await episodes.OpenOrStartAsync(personId, Author(user), date);
        episode.SessionCount++;
        episode.Version++;
        status.SessionCount = episode.SessionCount;
        status.UpdatedAt = now;
        var session = new FeedbackSession
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            EpisodeId = episode.Id,
            Number = episode.SessionCount,
            Date = date,
            StartedAt = now,
            OpenUntil = now + OpenFor,
            StartedByUserId = user.UserId() ?? Guid.Empty,
            StartedBy = Author(user),
            FromPaper = fromPaper,
        };
        db.Add(session);
        if (!await db.TrySaveAsync())
        {
            return Refusal.Of(RefusalKind.Conflict, "Feedback.Error.SessionRace");
        }
        await door.RecordChangeAsync(user, opened, $"{FeedbackDoor.Resource}/sessions/{session.Id}");
        return new SessionStarted(session.Id, session.Number, episode.Id, episode.Number, date, fromPaper, session.OpenUntil);
    }

    /// <summary>Staff finish the session: it takes no more answers.</summary>
    public async Task<Outcome<SessionStarted>> FinishAsync(ClaimsPrincipal user, Guid sessionId)
    {
        var session = await db.Set<FeedbackSession>().FirstOrDefaultAsync(s => s.Id == sessionId);
        var opened = session is null ? null : await door.OpenAsync(user, session.PersonId, PersonOperation.Write);
        if (session is null || opened is not { IsOpen: true })
        {
            return Refusal.Of(RefusalKind.NotFound, "Feedback.Error.SessionNotFound");
        }
        if (session.FinishedAt is not null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Feedback.Error.SessionFinished");
        }
        session.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        await door.RecordChangeAsync(user, opened, $"{FeedbackDoor.Resource}/sessions/{session.Id}");
        var episode = await db.Set<FeedbackEpisode>().AsNoTracking().FirstAsync(e => e.Id == session.EpisodeId);
        return new SessionStarted(session.Id, session.Number, episode.Id, episode.Number, session.Date, session.FromPaper, session.OpenUntil);
    }

    private async Task<SessionStarted?> TodaysOpenSessionAsync(Guid personId, DateOnly today, DateTimeOffset now) =>
        await (from s in db.Set<FeedbackSession>().AsNoTracking()
               join e in db.Set<FeedbackEpisode>() on s.EpisodeId equals e.Id
               where s.PersonId == personId && s.Date == today && !s.FromPaper && s.FinishedAt == null && s.OpenUntil > now && e.EndedOn == null
               orderby s.Number descending
               select new SessionStarted(s.Id, s.Number, e.Id, e.Number, s.Date, s.FromPaper, s.OpenUntil)).FirstOrDefaultAsync();

    internal static string Author(ClaimsPrincipal user) => user.DisplayNameOf();
}
