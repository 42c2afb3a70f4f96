using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Feedback;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Home;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Community.Restart.Reminder;

/// <summary>
/// "Do you want to start again?" on the home page of a person whose latest episode has ended, or "Request sent" while
/// their request waits. One small query for the person and their newest request, and Feedback's facade for the episode.
/// </summary>
internal sealed class RestartReminder(AppDbContext db, IEpisodeStatus episodes) : IHomeReminder
{
    public const string Path = RestartPaths.Mine;

    public async Task<IReadOnlyList<HomeReminder>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId();
        var person = await (from p in db.Persons.AsNoTracking()
                            where p.UserId == userId
                            select new
                            {
                                p.Id,
                                Newest = db.Set<RestartRequest>().Where(r => r.PersonId == p.Id).OrderByDescending(r => r.RequestedAt)
                                    .Select(r => new { r.EndedEpisodeId, r.RequestedAt, r.FirstContactAt }).FirstOrDefault(),
                            }).FirstOrDefaultAsync(cancellationToken);
        if (person is null || await episodes.LatestEndedAsync(person.Id, cancellationToken) is not { } ended)
        {
            return [];
        }
        if (person.Newest is { FirstContactAt: null } newest && newest.EndedEpisodeId == ended.Id)
        {
            return [new HomeReminder(Path, "Community.Restart.Reminder.SentTitle", "Community.Restart.Reminder.SentText", "Community.Restart.Reminder.SentLink", newest.RequestedAt.Date())];
        }
        return [new HomeReminder(Path, "Community.Restart.Reminder.Title", "Community.Restart.Reminder.Text", "Community.Restart.Reminder.Link")];
    }
}
