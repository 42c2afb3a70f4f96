using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Meetings;

/// <summary>/min-plan/moter: the person's meetings, how many they took part in, a form for a new one and one per meeting.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MoterModel(PlanDoor door, PlanQuery query, MeetingCommands meetings) : PageModel
{
    public MeetingsView Meetings { get; private set; } = MeetingsView.From([]);
    public Refusal? Refusal { get; private set; }

    /// <summary>The meeting whose form was refused (Guid.Empty for the new one), and what was typed in it.</summary>
    public Guid? Failed { get; private set; }
    public MeetingRequest? Typed { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAddAsync(MeetingRequest request)
    {
        var outcome = await meetings.AddOwnAsync(User, request);
        return await AfterAsync(outcome.Refusal, Guid.Empty, request, "#meetings-list");
    }

    public async Task<IActionResult> OnPostEditAsync(Guid meetingId, MeetingRequest request)
    {
        var (outcome, _) = await meetings.UpdateOwnAsync(User, meetingId, request);
        return await AfterAsync(outcome.Refusal, meetingId, request, "#meeting-" + meetingId.ToString("N"));
    }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    /// <summary>The form for one meeting (or the new one): typed values and errors if it was refused, else what is stored.</summary>
    public MeetingForm FormFor(MeetingView? meeting)
    {
        var key = meeting?.Id ?? Guid.Empty;
        var refused = Failed == key && !(IsConflict && meeting is not null);
        var id = meeting is null ? "new-meeting" : "meeting-" + meeting.Id.ToString("N") + "-form";
        var values = refused ? Typed! : meeting is null ? MeetingForm.Empty : MeetingForm.ValuesOf(meeting);
        return meeting is null
            ? new MeetingForm(id, "Add", values, refused ? Refusal : null, ForStaff: false, "Plan.Meeting.Add")
            : new MeetingForm(id, "Edit", values, refused ? Refusal : null, ForStaff: false, "Plan.Meeting.Save", meeting.Id);
    }

    private async Task<IActionResult> AfterAsync(Refusal? refusal, Guid form, MeetingRequest request, string then)
    {
        if (refusal is null)
        {
            return Redirect("/min-plan/moter" + then);
        }
        Refusal = refusal;
        Failed = form;
        Typed = request;
        Response.StatusCode = refusal.Status;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        Meetings = (await query.ReadAsync(opened)).Meetings ?? MeetingsView.From([]);
        return Page();
    }
}
