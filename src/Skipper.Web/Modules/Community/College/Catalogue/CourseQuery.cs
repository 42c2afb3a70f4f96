using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Rules;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Community.College.Catalogue;

/// <summary>Reads the public course catalogue: courses, their sessions and the seats left. Public content, not audited.</summary>
public sealed class CourseQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>Courses with a session ahead, soonest first; a keeper also sees their own courses without one.</summary>
    public async Task<IReadOnlyList<CourseSummary>> ListAsync(ClaimsPrincipal user)
    {
        var now = clock.GetUtcNow();
        var courses = await db.Set<Course>().AsNoTracking().OrderBy(c => c.Title).ToListAsync();
        var sessions = await db.Set<CourseSession>().AsNoTracking().Where(s => s.StartsAt > now).OrderBy(s => s.StartsAt).ToListAsync();
        var views = await ViewsAsync(sessions, user, now);
        return courses
            .Select(c => (Course: c, Sessions: sessions.Where(s => s.CourseId == c.Id).Select(s => views[s.Id]).ToList()))
            .Where(x => x.Sessions.Count > 0 || CourseKeeping.MayKeep(user, x.Course.ProviderUserId))
            .OrderBy(x => x.Sessions.Count == 0 ? DateTimeOffset.MaxValue : x.Sessions[0].StartsAt)
            .Select(x => new CourseSummary(x.Course.Id, x.Course.Title, x.Course.PeerTeacher, x.Course.ProfessionalTeacher,
                x.Course.Audience == CourseAudience.Open, x.Course.Organiser, x.Sessions))
            .ToList();
    }

    public async Task<CourseView?> GetAsync(Guid id, ClaimsPrincipal user)
    {
        var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (course is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var mayKeep = CourseKeeping.MayKeep(user, course.ProviderUserId);
        var sessions = await db.Set<CourseSession>().AsNoTracking()
            .Where(s => s.CourseId == id && (mayKeep || s.StartsAt > now))
            .OrderBy(s => s.StartsAt)
            .ToListAsync();
        var views = await ViewsAsync(sessions, user, now);
        return new CourseView(course.Id, course.Title, course.Description, course.PeerTeacher, course.ProfessionalTeacher,
            course.Audience == CourseAudience.Open, course.Organiser, course.Version, mayKeep, sessions.Select(s => views[s.Id]).ToList());
    }

    private async Task<Dictionary<Guid, SessionView>> ViewsAsync(List<CourseSession> sessions, ClaimsPrincipal user, DateTimeOffset now)
    {
        var ids = sessions.Select(s => s.Id).ToList();
        var seats = (await db.Set<Enrolment>().AsNoTracking()
                .Where(e => ids.Contains(e.SessionId) && e.Status != EnrolmentStatus.Cancelled)
                .Select(e => new { e.SessionId, e.AccountId, Seat = new Seat(e.Id, e.Number, e.Status) })
                .ToListAsync())
            .ToLookup(e => e.SessionId);
        var me = user.UserId();
        return sessions.ToDictionary(s => s.Id, s =>
        {
            var all = seats[s.Id].Select(e => e.Seat).ToList();
            var mine = me is null ? null : seats[s.Id].FirstOrDefault(e => e.AccountId == me)?.Seat;
            return SessionViews.Of(s, all, now, mine);
        });
    }
}
