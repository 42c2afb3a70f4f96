using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Decisions;
using Skipper.Web.Modules.Plans.Goals;
using Skipper.Web.Modules.Plans.Meetings;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Modules.Plans.Proposals;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.StaffPlan;

/// <summary>
/// /personer/{id}/plan: staff with a care relation read the plan (logged), suggest goals and add steps. Without
/// a relation the plan is simply not found.
/// </summary>
[Authorize(Policy = Policies.CareStaff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PersonPlanModel(
    PlanDoor door, PlanQuery query, ProposalCommands proposals, StepCommands steps, MeetingCommands meetings, DecisionCommands decisions) : PageModel
{
    public PlanView Plan { get; private set; } = null!;
    public PlanForm Form { get; } = new();
    public bool Proposed { get; private set; }
    public MeetingRequest? NewMeeting { get; private set; }
    public DecisionRequest? NewDecision { get; private set; }

    /// <summary>The staff forms for a new meeting and a new shared decision, with what was typed if refused.</summary>
    public MeetingForm MeetingForm => new("staff-meeting", "Meeting", NewMeeting ?? Meetings.MeetingForm.Empty,
        Form.Failed == "meeting" ? Form.Refusal : null, ForStaff: true, "Plan.Meeting.Add");

    public DecisionForm DecisionForm => new("staff-decision", "Decision", NewDecision ?? Decisions.DecisionForm.Empty,
        Form.Failed == "decision" ? Form.Refusal : null, "Plan.Decision.Add");

    public async Task<IActionResult> OnGetAsync(Guid id, bool? foreslatt)
    {
        Proposed = foreslatt == true;
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid id, GoalRequest request)
    {
        var outcome = await proposals.ProposeAsync(User, id, request);
        Form.NewGoal = outcome.Succeeded ? null : request;
        return await AfterAsync(id, outcome.Refusal, "goal", "?foreslatt=true#goal");
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, Guid goalId, StepRequest request)
    {
        var outcome = await steps.AddForAsync(User, id, goalId, request);
        Form.NewStep = outcome.Succeeded ? null : request;
        Form.GoalId = goalId;
        return await AfterAsync(id, outcome.Refusal, "step", "#goals");
    }

    public async Task<IActionResult> OnPostMeetingAsync(Guid id, MeetingRequest request)
    {
        var outcome = await meetings.AddForAsync(User, id, request);
        NewMeeting = outcome.Succeeded ? null : request;
        return await AfterAsync(id, outcome.Refusal, "meeting", "#meetings-read");
    }

    public async Task<IActionResult> OnPostDecisionAsync(Guid id, DecisionRequest request)
    {
        var outcome = await decisions.AddForAsync(User, id, request);
        NewDecision = outcome.Succeeded ? null : request;
        return await AfterAsync(id, outcome.Refusal, "decision", "#decisions-read");
    }

    private async Task<IActionResult> AfterAsync(Guid id, Refusal? refusal, string form, string then)
    {
        if (refusal is null)
        {
            return Redirect($"/personer/{id}/plan{then}");
        }
        if (refusal.Kind == RefusalKind.NotFound && form is "goal" or "meeting" or "decision")
        {
            return NotFound();
        }
        Form.Refusal = refusal;
        Form.Failed = form;
        Response.StatusCode = refusal.Status;
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var opened = await door.OpenAsync(User, id, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        Plan = await query.ReadAsync(opened);
        return Page();
    }
}
