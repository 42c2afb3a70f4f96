using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Community.Restart.FirstContact;
using Skipper.Web.Modules.Feedback;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.Restart.Ask;

/// <summary>Where the person stands: their latest ended episode (if their care has ended), the request still waiting, and all their requests.</summary>
public sealed record MyRestartState(GateResult Gate, EndedEpisode? Ended, RestartRequest? Open, IReadOnlyList<RestartRequest> Requests)
{
    public bool CanAsk => Ended is not null && Open is null;
}

/// <summary>The signed-in person's own requests (tracked, first contacts filled in). Their own reads are not logged.</summary>
public sealed class MyRestart(AppDbContext db, PersonGate gate, IEpisodeStatus episodes, FirstContacts contacts)
{
    public async Task<MyRestartState?> ReadAsync(ClaimsPrincipal user, PersonOperation operation, CancellationToken cancellationToken = default)
    {
        var opened = await gate.OpenOwnAsync(user, operation, RestartRules.Resource);
        if (!opened.IsOpen)
        {
            return null;
        }
        var personId = opened.Person!.Id;
        var ended = await episodes.LatestEndedAsync(personId, cancellationToken);
        var requests = await db.Set<RestartRequest>().Where(r => r.PersonId == personId)
            .OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken);
        await contacts.FillAsync(requests, cancellationToken);
        return new MyRestartState(opened, ended, requests.FirstOrDefault(r => RestartRules.IsOpen(r, ended?.Id)), requests);
    }
}
