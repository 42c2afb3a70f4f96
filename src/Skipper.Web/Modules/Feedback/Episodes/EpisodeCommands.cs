using System.Security.Claims;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Sessions;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.Episodes;

/// <summary>{ date (yyyy-mm-dd): the day the episode ended or started; empty = today }.</summary>
public sealed record EpisodeRequest(DateOnly? Date = null);

public sealed record EpisodeView(Guid Id, int Number, DateOnly StartedOn, DateOnly? EndedOn, int Sessions, double? IntakeOutcome, double? LatestOutcome)
{
    public static EpisodeView From(FeedbackEpisode e) => new(e.Id, e.Number, e.StartedOn, e.EndedOn, e.SessionCount, e.IntakeOutcome, e.LatestOutcome);
}

/// <summary>Episodes of care: staff end the open one when the service ends, and start a new one when it starts again.</summary>
public sealed class EpisodeCommands(AppDbContext db, FeedbackDoor door, EpisodeBook book, TimeProvider clock)
{
    public async Task<Outcome<EpisodeView>> EndAsync(ClaimsPrincipal user, Guid personId, EpisodeRequest? request)
    {
        var opened = await OpenForStaffAsync(user, personId);
        if (opened is null)
        {
            return Refusal.Of(RefusalKind.NotFound, "Problem.404");
        }
        var (date, refusal) = DateOf(request);
        var episode = refusal is null ? await book.OpenEpisodeAsync(personId) : null;
        if (refusal is not null || episode is null)
        {
            return refusal ?? Refusal.Of(RefusalKind.Conflict, "Feedback.Error.NoOpenEpisode");
        }
        if (date < episode.StartedOn)
        {
            return Refusal.Of(RefusalKind.Invalid, "Feedback.Error.EndBeforeStart", "date");
        }
        var status = await book.StatusAsync(personId);
        episode.EndedOn = date;
        episode.EndedBy = SessionCommands.Author(user);
        episode.Version++;
        status.OpenEpisodeId = null;
        status.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync(user, opened, episode);
    }

    /// <summary>Starts the person's next episode (a restart after an ended one); refused while one is open.</summary>
    public async Task<Outcome<EpisodeView>> StartAsync(ClaimsPrincipal user, Guid personId, EpisodeRequest? request)
    {
        var opened = await OpenForStaffAsync(user, personId);
        if (opened is null)
        {
            return Refusal.Of(RefusalKind.NotFound, "Problem.404");
        }
        var (date, refusal) = DateOf(request);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await book.OpenEpisodeAsync(personId) is not null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Feedback.Error.EpisodeOpen");
        }
        var episode = await book.StartAsync(personId, SessionCommands.Author(user), date, await book.StatusAsync(personId));
        return await SaveAsync(user, opened, episode);
    }

    private async Task<GateResult?> OpenForStaffAsync(ClaimsPrincipal user, Guid personId)
    {
        var opened = await door.OpenAsync(user, personId, PersonOperation.Write);
        return opened.IsOpen && opened.Via != PersonAccessVia.Self ? opened : null;
    }

    private (DateOnly Date, Refusal? Refusal) DateOf(EpisodeRequest? request)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
        var date = request?.Date ?? today;
        return date > today || date < today.AddYears(-SessionCommands.PaperYears)
            ? (date, Refusal.Of(RefusalKind.Invalid, "Feedback.Error.EpisodeDate", "date"))
            : (date, null);
    }

    private async Task<Outcome<EpisodeView>> SaveAsync(ClaimsPrincipal user, GateResult opened, FeedbackEpisode episode)
    {
        if (!await db.TrySaveAsync())
        {
            return Refusal.Of(RefusalKind.Conflict, "Feedback.Error.EpisodeRace");
        }
        await door.RecordChangeAsync(user, opened, $"{FeedbackDoor.Resource}/episodes/{episode.Id}");
        return EpisodeView.From(episode);
    }
}
