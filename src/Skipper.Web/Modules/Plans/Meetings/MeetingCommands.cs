using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.Shared;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Meetings;

/// <summary>Meetings about the person, written by the person or by staff with them (rules in SharedEntryCommands).</summary>
public sealed class MeetingCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
    : SharedEntryCommands<PlanMeeting, MeetingView, MeetingRequest, CleanMeeting>(db, door, gate, clock)
{
    protected override string Part => PlanParts.Meetings;

    protected override Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.MeetingNotFound");

    protected override (CleanMeeting? Clean, Refusal? Refusal) Check(MeetingRequest? request, bool needsVersion) =>
        MeetingValidation.Check(request, needsVersion);

    protected override int? VersionOf(MeetingRequest request) => request.Version;

    protected override PlanMeeting Create(Guid personId, CleanMeeting clean) => new() { Id = Guid.NewGuid(), PersonId = personId };

    protected override void Fill(PlanMeeting meeting, CleanMeeting clean, Authorship by)
    {
        meeting.Date = clean.Date;
        meeting.Participants = clean.Participants;
        meeting.Agreed = clean.Agreed;
        meeting.PersonAttended = clean.PersonAttended;
        meeting.NextReview = clean.NextReview;
        meeting.WrittenBy = by;
    }

    protected override MeetingView ViewOf(PlanMeeting meeting) => MeetingView.From(meeting);

    /// <summary>The caseload reads the latest meeting and the next review from the plan's activity row.</summary>
    protected override async Task TouchAsync(PlanMeeting meeting)
    {
        var others = await Db.Set<PlanMeeting>().AsNoTracking()
            .Where(m => m.PersonId == meeting.PersonId && m.Id != meeting.Id)
            .MaxAsync(m => (DateOnly?)m.Date);
        var latest = others is { } other && other > meeting.Date ? other : meeting.Date;
        await Db.TouchPlanAsync(meeting.PersonId, meeting.WrittenBy, a =>
        {
            a.LastMeetingOn = latest;
            if (meeting.NextReview is { } next)
            {
                a.NextReviewOn = next;
            }
        });
    }
}
