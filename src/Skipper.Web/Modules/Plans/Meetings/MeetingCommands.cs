using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Meetings;

/// <summary>
/// Meetings about the person. The person adds and changes any of them; staff with a care relation add them and
/// change those written by staff, never what the person wrote. Each entry shows who wrote it last, and when.
/// </summary>
public sealed class MeetingCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<Outcome<MeetingView>> AddOwnAsync(ClaimsPrincipal user, MeetingRequest? request) =>
        await AddAsync(user, await door.OpenOwnAsync(user, PersonOperation.Write), request);

    /// <summary>Staff with a care relation; without one the plan is not found (and the attempt is logged by the gate).</summary>
    public async Task<Outcome<MeetingView>> AddForAsync(ClaimsPrincipal user, Guid personId, MeetingRequest? request) =>
        await AddAsync(user, await door.OpenAsync(user, personId, PersonOperation.Write), request);

    public async Task<(Outcome<MeetingView> Outcome, MeetingView? Current)> UpdateOwnAsync(ClaimsPrincipal user, Guid meetingId, MeetingRequest? request) =>
        await UpdateAsync(user, await door.OpenOwnAsync(user, PersonOperation.Write), meetingId, request);

    public async Task<(Outcome<MeetingView> Outcome, MeetingView? Current)> UpdateForAsync(ClaimsPrincipal user, Guid personId, Guid meetingId, MeetingRequest? request) =>
        await UpdateAsync(user, await door.OpenAsync(user, personId, PersonOperation.Write), meetingId, request);

    private async Task<Outcome<MeetingView>> AddAsync(ClaimsPrincipal user, PlanOpening plan, MeetingRequest? request)
    {
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var (clean, refusal) = MeetingValidation.Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var meeting = new PlanMeeting { Id = Guid.NewGuid(), PersonId = plan.PersonId, Version = 1 };
        Fill(meeting, clean!, Author.Of(user, clock.GetUtcNow()));
        db.Add(meeting);
        await TouchAsync(meeting);
        if (!await db.TrySaveAsync())
        {
            return PlanRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.Meetings}/{meeting.Id}");
        return MeetingView.From(meeting);
    }

    private async Task<(Outcome<MeetingView> Outcome, MeetingView? Current)> UpdateAsync(ClaimsPrincipal user, PlanOpening plan, Guid meetingId, MeetingRequest? request)
    {
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var (clean, refusal) = MeetingValidation.Check(request, needsVersion: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        var meeting = await db.Set<PlanMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId && m.PersonId == plan.PersonId);
        if (meeting is null)
        {
            return (MeetingNotFound, null);
        }
        if (!plan.IsSelf && meeting.WrittenBy.Role == Roles.Person)
        {
            return (PlanRules.PersonWroteIt, null);
        }
        if (meeting.Version != request!.Version)
        {
            return (PlanRules.Conflict, MeetingView.From(meeting));
        }
        Fill(meeting, clean!, Author.Of(user, clock.GetUtcNow()));
        meeting.Version++;
        await TouchAsync(meeting);
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<PlanMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId);
            return (PlanRules.Conflict, current is null ? null : MeetingView.From(current));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.Meetings}/{meeting.Id}");
        return (MeetingView.From(meeting), null);
    }

    private static void Fill(PlanMeeting meeting, CleanMeeting clean, Authorship by)
    {
        meeting.Date = clean.Date;
        meeting.Participants = clean.Participants;
        meeting.Agreed = clean.Agreed;
        meeting.PersonAttended = clean.PersonAttended;
        meeting.NextReview = clean.NextReview;
        meeting.WrittenBy = by;
    }

    /// <summary>The caseload reads the latest meeting and the next review from the plan's activity row.</summary>
    private async Task TouchAsync(PlanMeeting meeting)
    {
        var others = await db.Set<PlanMeeting>().AsNoTracking()
            .Where(m => m.PersonId == meeting.PersonId && m.Id != meeting.Id)
            .MaxAsync(m => (DateOnly?)m.Date);
        var latest = others is { } other && other > meeting.Date ? other : meeting.Date;
        await db.TouchPlanAsync(meeting.PersonId, meeting.WrittenBy, a =>
        {
            a.LastMeetingOn = latest;
            if (meeting.NextReview is { } next)
            {
                a.NextReviewOn = next;
            }
        });
    }

    private static Refusal MeetingNotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.MeetingNotFound");
}
