using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Rules;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Enrolling;

/// <summary>
/// Enrols in a session and cancels. Every change bumps the session's version, so two saves that read the same seats
/// cannot both win (the last seat goes to one of them); the loser reads the seats again and is placed anew.
/// </summary>
public sealed class EnrolCommands(AppDbContext db, TimeProvider clock, AnonymousEnrolmentLimiter limiter)
{
    private const int Attempts = 5;

    public static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Community.College.Error.NotFound");

    /// <summary>A signed-in user enrols themself; anyone else needs an open course and a name with an e-mail or phone.</summary>
    public async Task<Outcome<EnrolmentView>> EnrolAsync(ClaimsPrincipal user, Guid courseId, Guid sessionId, EnrolRequest? request, IPAddress? address)
    {
        var account = user.UserId();
        AnonymousContact.Contact? contact = null;
        if (account is null)
        {
            if (!limiter.TryAcquire(address))
            {
                return Refusal.Of(RefusalKind.TooMany, "Community.College.Error.TooMany");
            }
            var (checkedContact, refusal) = AnonymousContact.Check(request);
            if (refusal is not null)
            {
                return refusal;
            }
            contact = checkedContact;
        }
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var session = await db.Set<CourseSession>().Include(s => s.Course).Include(s => s.Enrolments)
                .FirstOrDefaultAsync(s => s.Id == sessionId && s.CourseId == courseId);
            if (session is null)
            {
                return NotFound;
            }
            if (contact is not null && session.Course!.Audience != CourseAudience.Open)
            {
                return Refusal.Of(RefusalKind.Forbidden, "Community.College.Error.SignInFirst");
            }
            var now = clock.GetUtcNow();
            if (!WaitingList.IsAhead(session.StartsAt, now))
            {
                return Refusal.Of(RefusalKind.Invalid, "Community.College.Error.Past", "session");
            }
            var mine = session.Enrolments.FirstOrDefault(e => account is not null ? e.AccountId == account : AnonymousContact.SamePerson(e, contact!));
            if (mine is { Status: not EnrolmentStatus.Cancelled })
            {
                return Refusal.Of(RefusalKind.Conflict, "Community.College.Error.Twice");
            }
            var seats = Seats(session);
            if (mine is null)
            {
                mine = new Enrolment { Id = Guid.NewGuid(), SessionId = session.Id, AccountId = account };
                db.Add(mine);
            }
            mine.Status = WaitingList.Place(session.Capacity, seats);
            // Cancelled rows keep their numbers, so the next number counts them too.
            mine.Number = WaitingList.NextNumber(session.Enrolments.Select(e => new Seat(e.Id, e.Number, e.Status)));
            mine.CreatedAt = now;
            mine.ChangedAt = now;
            string? code = null;
            if (contact is not null)
            {
                code = AnonymousContact.NewCode();
                (mine.Name, mine.Email, mine.Phone, mine.ContactKey, mine.CancelCodeHash) =
                    (contact.Name, contact.Email, contact.Phone, contact.Key, AnonymousContact.HashOf(code));
            }
            session.Version++;
            if (await db.TrySaveAsync())
            {
                var view = ViewOf(mine, session);
                return code is null ? view : view with { CancelCode = code, CancelPath = EnrolmentView.CancelPathOf(mine.Id, code) };
            }
        }
        return InputRules.Conflict;
    }

    /// <summary>
    /// Cancels one's own enrolment (signed in) or an anonymous one by its code. A freed seat goes to the first in the
    /// queue in the same save. Someone else's enrolment, or a wrong code, is not found.
    /// </summary>
    public async Task<Outcome<EnrolmentView>> CancelAsync(ClaimsPrincipal user, Guid courseId, Guid sessionId, Guid enrolmentId, string? code)
    {
        var account = user.UserId();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var session = await db.Set<CourseSession>().Include(s => s.Course).Include(s => s.Enrolments)
                .FirstOrDefaultAsync(s => s.Id == sessionId && s.CourseId == courseId);
            var mine = session?.Enrolments.FirstOrDefault(e => e.Id == enrolmentId);
            if (session is null || mine is null || !IsOwner(mine, account, code))
            {
                return NotFound;
            }
            if (mine.Status == EnrolmentStatus.Cancelled)
            {
                return ViewOf(mine, session);
            }
            var now = clock.GetUtcNow();
            if (!WaitingList.IsAhead(session.StartsAt, now))
            {
                return Refusal.Of(RefusalKind.Invalid, "Community.College.Error.PastCancel", "session");
            }
            mine.Status = EnrolmentStatus.Cancelled;
            mine.ChangedAt = now;
            Promote(session, now);
            session.Version++;
            if (await db.TrySaveAsync())
            {
                return ViewOf(mine, session);
            }
        }
        return InputRules.Conflict;
    }

    /// <summary>An anonymous enrolment found by its cancel code, for the cancel page; null for a wrong code.</summary>
    public async Task<EnrolmentView?> FindByCodeAsync(Guid enrolmentId, string? code)
    {
        var enrolment = await db.Set<Enrolment>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == enrolmentId && e.AccountId == null);
        if (enrolment is null || !AnonymousContact.Matches(code, enrolment.CancelCodeHash))
        {
            return null;
        }
        var session = await db.Set<CourseSession>().AsNoTracking().Include(s => s.Course).Include(s => s.Enrolments)
            .FirstAsync(s => s.Id == enrolment.SessionId);
        return ViewOf(session.Enrolments.First(e => e.Id == enrolmentId), session);
    }

    /// <summary>Gives free seats to the first in the queue. The caller saves.</summary>
    internal static void Promote(CourseSession session, DateTimeOffset now)
    {
        foreach (var id in WaitingList.Promotions(session.Capacity, Seats(session)))
        {
            var next = session.Enrolments.First(e => e.Id == id);
            next.Status = EnrolmentStatus.Enrolled;
            next.ChangedAt = now;
        }
    }

    internal static List<Seat> Seats(CourseSession session) =>
        session.Enrolments.Where(e => e.Status != EnrolmentStatus.Cancelled).Select(e => new Seat(e.Id, e.Number, e.Status)).ToList();

    internal static EnrolmentView ViewOf(Enrolment enrolment, CourseSession session) =>
        new(enrolment.Id, session.CourseId, session.Id, session.Course!.Title, session.StartsAt, session.EndsAt, session.Place, enrolment.Status,
            WaitingList.Position(new Seat(enrolment.Id, enrolment.Number, enrolment.Status), Seats(session)), enrolment.CreatedAt);

    private static bool IsOwner(Enrolment enrolment, Guid? account, string? code) =>
        enrolment.AccountId is { } owner ? owner == account : AnonymousContact.Matches(code, enrolment.CancelCodeHash);
}
