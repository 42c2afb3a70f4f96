using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Plans.Meetings;

/// <summary>One grouped query: meetings in the range by the person's department.</summary>
internal sealed class MeetingFiguresQuery(AppDbContext db) : IMeetingFigures
{
    public async Task<IReadOnlyList<DepartmentMeetingFigures>> ForRangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (first, last) = (from, to);
        var rows = await (
                from m in db.Set<PlanMeeting>().AsNoTracking()
                where m.Date >= first && m.Date <= last
                join p in db.Persons.AsNoTracking() on new { m.TenantId, m.PersonId } equals new { p.TenantId, PersonId = p.Id }
                group new { m.PersonId, m.PersonAttended } by p.DepartmentId into g
                select new
                {
                    g.Key,
                    Meetings = g.Count(),
                    Attended = g.Count(x => x.PersonAttended),
                    People = g.Select(x => x.PersonId).Distinct().Count(),
                })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new DepartmentMeetingFigures(r.Key, r.Meetings, r.Attended, r.People));
    }

    public async Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default) =>
        await db.Set<PlanMeeting>().AsNoTracking().MinAsync(m => (DateOnly?)m.Date, cancellationToken);
}
