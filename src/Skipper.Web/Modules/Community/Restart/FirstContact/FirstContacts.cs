using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Feedback;
using Skipper.Web.Modules.Plans;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.Restart.FirstContact;

/// <summary>
/// Fills in the first contact of requests that have none yet, when requests are read (the department's list, its
/// API, the waiting times, the person's own page and export). Done on read rather than when a session or meeting is
/// saved: Feedback and Plans stay unaware of Community, and a paper session typed in later with its real date is
/// found as well. Once found, the first contact is kept as it was recorded.
/// </summary>
public sealed class FirstContacts(AppDbContext db, IEpisodeStatus episodes, IPlanMeetings meetings, TimeProvider clock)
{
    /// <summary>The requests must be tracked; those still without a contact are looked up and saved.</summary>
    public async Task FillAsync(IEnumerable<RestartRequest> requests, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = RestartRules.DayInNorway(now);
        var found = false;
        foreach (var request in requests.Where(r => !r.HasContact))
        {
            var session = await episodes.FirstSessionAfterAsync(request.PersonId, request.RequestedAt, cancellationToken);
            var meeting = await meetings.FirstMeetingOnOrAfterAsync(request.PersonId, RestartRules.DayInNorway(request.RequestedAt), cancellationToken);
            // A meeting planned for a later day has not happened yet.
            var contact = RestartRules.FirstContact(request.RequestedAt, session <= now ? session : null, meeting <= today ? meeting : null);
            if (contact is { } first)
            {
                request.FirstContactAt = first.At;
                request.FirstContactKind = first.Kind;
                found = true;
            }
        }
        // Two readers filling the same request find the same contact: losing that race loses nothing.
        if (found)
        {
            await db.TrySaveAsync();
        }
    }
}
