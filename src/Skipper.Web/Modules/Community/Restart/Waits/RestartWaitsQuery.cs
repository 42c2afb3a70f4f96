using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Community.Restart.FirstContact;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Community.Restart.Waits;

internal sealed class RestartWaitsQuery(AppDbContext db, FirstContacts contacts) : IRestartWaits
{
    public async Task<IReadOnlyList<RestartWait>> ForDepartmentAsync(Guid departmentId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = from.StartInNorway();
        var end = to.AddDays(1).StartInNorway();
        var requests = await db.Set<RestartRequest>()
            .Where(r => r.DepartmentId == departmentId && r.RequestedAt >= start && r.RequestedAt < end)
            .OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);
        await contacts.FillAsync(requests, cancellationToken);
        return requests.ConvertAll(r => new RestartWait(r.RequestedAt, r.FirstContactAt, RestartRules.DaysToFirstContact(r.RequestedAt, r.FirstContactAt)));
    }

    public async Task<IReadOnlyList<DepartmentRestartWaits>> ByDepartmentAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = from.StartInNorway();
        var end = to.AddDays(1).StartInNorway();
        var requests = await db.Set<RestartRequest>()
            .Where(r => r.RequestedAt >= start && r.RequestedAt < end)
            .ToListAsync(cancellationToken);
        // Only the requests still without a contact are looked up (and the contact saved): usually a few.
        await contacts.FillAsync(requests, cancellationToken);
        return requests.GroupBy(r => r.DepartmentId)
            .Select(g => new DepartmentRestartWaits(g.Key, g.Select(r => r.PersonId).Distinct().Count(), g.OrderBy(r => r.RequestedAt)
                .Select(r => new RestartWait(r.RequestedAt, r.FirstContactAt, RestartRules.DaysToFirstContact(r.RequestedAt, r.FirstContactAt)))
                .ToList()))
            .ToList();
    }

    public async Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default)
    {
        var first = await db.Set<RestartRequest>().AsNoTracking().OrderBy(r => r.RequestedAt).Select(r => (DateTimeOffset?)r.RequestedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return first is { } at ? RestartRules.DayInNorway(at) : null;
    }
}
