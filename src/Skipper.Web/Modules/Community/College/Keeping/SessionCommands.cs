using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.College.Catalogue;
using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Enrolling;
using Skipper.Web.Modules.Community.College.Rules;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Keeping;

/// <summary>
/// Adds and edits a course's sessions. Capacity is never set below the seats already taken; raising it gives the new
/// seats to the first in the queue in the same save.
/// </summary>
public sealed class SessionCommands(AppDbContext db, TimeProvider clock)
{
    public async Task<Outcome<SessionView>> CreateAsync(ClaimsPrincipal user, Guid courseId, SessionRequest? request)
    {
        var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Id == courseId);
        if (course is null)
        {
            return EnrolCommands.NotFound;
        }
        if (!CourseKeeping.MayKeep(user, course.ProviderUserId))
        {
            return CourseCommands.NotYours;
        }
        var now = clock.GetUtcNow();
        var (fields, refusal) = Check(request, update: false, now);
        if (refusal is not null)
        {
            return refusal;
        }
        var session = new CourseSession { Id = Guid.NewGuid(), CourseId = courseId, Place = fields.Place };
        Apply(session, fields);
        db.Add(session);
        await db.SaveChangesAsync();
        return SessionViews.Of(session, [], now);
    }

    public async Task<(Outcome<SessionView> Outcome, SessionView? Current)> UpdateAsync(ClaimsPrincipal user, Guid courseId, Guid sessionId, SessionRequest? request)
    {
        var session = await db.Set<CourseSession>().Include(s => s.Course).Include(s => s.Enrolments)
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.CourseId == courseId);
        if (session is null)
        {
            return (EnrolCommands.NotFound, null);
        }
        if (!CourseKeeping.MayKeep(user, session.Course!.ProviderUserId))
        {
            return (CourseCommands.NotYours, null);
        }
        var now = clock.GetUtcNow();
        var (fields, refusal) = Check(request, update: true, now);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        var seats = EnrolCommands.Seats(session);
        if (session.Version != request!.Version)
        {
            return (InputRules.Conflict, SessionViews.Of(session, seats, now));
        }
        if (!WaitingList.Fits(fields.Capacity, seats))
        {
            return (InputRules.Invalid([new FieldError("capacity", "Community.College.Error.OverCapacity", WaitingList.Taken(seats))]), null);
        }
        Apply(session, fields);
        EnrolCommands.Promote(session, now);
        session.Version++;
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, null);
        }
        return (SessionViews.Of(session, EnrolCommands.Seats(session), now), null);
    }

    private sealed record Fields(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity);

    private static (Fields Fields, Refusal? Refusal) Check(SessionRequest? request, bool update, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var startsAt = SessionTimes.Parse(errors, "startsAt", request?.StartsAt);
        var endsAt = SessionTimes.Parse(errors, "endsAt", request?.EndsAt);
        var place = InputRules.Clean(request?.Place);
        InputRules.Required(errors, "place", place);
        InputRules.AtMost(errors, "place", place, CollegeLimits.Place);
        if (request?.Capacity is not (>= 1 and <= CollegeLimits.MaxCapacity))
        {
            errors.Add(new FieldError("capacity", "Community.College.Error.Capacity", CollegeLimits.MaxCapacity));
        }
        if (startsAt is not null && endsAt is not null && endsAt <= startsAt)
        {
            errors.Add(new FieldError("endsAt", "Community.College.Error.EndBeforeStart"));
        }
        if (!update && startsAt is not null && startsAt <= now)
        {
            errors.Add(new FieldError("startsAt", "Community.College.Error.StartInPast"));
        }
        if (update)
        {
            InputRules.Version(errors, request?.Version);
        }
        return errors.Count > 0
            ? (null!, InputRules.Invalid(errors))
            : (new Fields(startsAt!.Value, endsAt!.Value, place, request!.Capacity!.Value), null);
    }

    private static void Apply(CourseSession session, Fields fields)
    {
        session.StartsAt = fields.StartsAt;
        session.EndsAt = fields.EndsAt;
        session.Place = fields.Place;
        session.Capacity = fields.Capacity;
    }
}
