using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Plans.Meetings;

internal sealed class PlanMeetingsQuery(AppDbContext db) : IPlanMeetings
{
    public async Task<DateOnly?> FirstMeetingOnOrAfterAsync(Guid personId, DateOnly date, CancellationToken cancellationToken = default) =>
        await db.Set<PlanMeeting>().AsNoTracking()
            .Where(m => m.PersonId == personId && m.Date >= date)
            .MinAsync(m => (DateOnly?)m.Date, cancellationToken);
}
