using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Enrolling;
using Skipper.Web.Modules.Community.College.Rules;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.College.MyEnrolments;

/// <summary>An account's own enrolments, soonest session first, with the place in the queue while waiting. Own reads are not audited.</summary>
public sealed class MyEnrolmentsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<EnrolmentView>> ReadAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var mine = await db.Set<Enrolment>().AsNoTracking()
            .Where(e => e.AccountId == accountId)
            .Select(e => new { Enrolment = e, e.Session!.CourseId, e.Session.StartsAt, e.Session.EndsAt, e.Session.Place, e.Session.Course!.Title })
            .ToListAsync(cancellationToken);
        var waitingIn = mine.Where(m => m.Enrolment.Status == EnrolmentStatus.Waiting).Select(m => m.Enrolment.SessionId).ToList();
        var queues = (await db.Set<Enrolment>().AsNoTracking()
                .Where(e => waitingIn.Contains(e.SessionId) && e.Status == EnrolmentStatus.Waiting)
                .Select(e => new { e.SessionId, Seat = new Seat(e.Id, e.Number, e.Status) })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.SessionId, e => e.Seat);
        return mine
            .OrderBy(m => m.StartsAt)
            .Select(m => new EnrolmentView(m.Enrolment.Id, m.CourseId, m.Enrolment.SessionId, m.Title, m.StartsAt, m.EndsAt, m.Place, m.Enrolment.Status,
                WaitingList.Position(new Seat(m.Enrolment.Id, m.Enrolment.Number, m.Enrolment.Status), queues[m.Enrolment.SessionId]), m.Enrolment.CreatedAt))
            .ToList();
    }
}
