using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Goals;
using Skipper.Web.Modules.Plans.Proposals;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Modules.Plans.WhatMatters;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.MyPlan;

/// <summary>
/// /min-plan: the person's whole plan with a form per part. Every form posts to its own handler and calls the
/// same handler as the API; a refused save shows this page again with the message and what was typed.
/// </summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MinPlanModel(PlanDoor door, PlanQuery query, SaveWhatMatters whatMatters, GoalCommands goals, StepCommands steps, ProposalCommands proposals)
    : PageModel
{
    public PlanView Plan { get; private set; } = null!;
    public PlanForm Form { get; } = new();

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostWhatMattersAsync(WhatMattersRequest request)
    {
        var (outcome, current) = await whatMatters.SaveAsync(User, request);
        Form.Typed = outcome.Succeeded ? null : request;
        Form.ConflictSeen = current is not null;
        return await AfterAsync(outcome.Refusal, "what-matters");
    }

    public async Task<IActionResult> OnPostGoalAsync(GoalRequest request)
    {
        var outcome = await goals.AddAsync(User, request);
        Form.NewGoal = outcome.Succeeded ? null : request;
        return await AfterAsync(outcome.Refusal, "goal");
    }

    public async Task<IActionResult> OnPostStepAsync(Guid goalId, StepRequest request)
    {
        var outcome = await steps.AddOwnAsync(User, goalId, request);
        Form.NewStep = outcome.Succeeded ? null : request;
        Form.GoalId = goalId;
        return await AfterAsync(outcome.Refusal, "step");
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid goalId, string? answer, AnswerRequest request)
    {
        var outcome = await proposals.AnswerAsync(User, goalId, answer != "decline", answer == "rewrite" ? request : null);
        Form.GoalId = goalId;
        return await AfterAsync(outcome.Refusal, "answer");
    }

    private async Task<IActionResult> AfterAsync(Refusal? refusal, string form)
    {
        if (refusal is null)
        {
            return Redirect("/min-plan#" + form);
        }
        Form.Refusal = refusal;
        Form.Failed = form;
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
        Plan = await query.ReadAsync(opened);
        return Page();
    }
}

/// <summary>What a refused form had in it, so the page shows the message beside the field and keeps the text.</summary>
public sealed class PlanForm
{
    public string? Failed { get; set; }
    public Refusal? Refusal { get; set; }
    public Guid? GoalId { get; set; }
    public WhatMattersRequest? Typed { get; set; }
    public bool ConflictSeen { get; set; }
    public GoalRequest? NewGoal { get; set; }
    public StepRequest? NewStep { get; set; }

    public FieldError? ErrorFor(string form, string field) => Failed == form ? Refusal?.ErrorFor(field) : null;

    public string? Message(string form) => Failed == form ? Refusal?.MessageKey : null;
}
