using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Decisions;

/// <summary>/min-plan/samvalg: the person's shared decisions, a form for a new one and one per decision.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SamvalgModel(PlanDoor door, PlanQuery query, DecisionCommands decisions) : PageModel
{
    public IReadOnlyList<DecisionView> Decisions { get; private set; } = [];
    public Refusal? Refusal { get; private set; }

    /// <summary>The decision whose form was refused (Guid.Empty for the new one), and what was typed in it.</summary>
    public Guid? Failed { get; private set; }
    public DecisionRequest? Typed { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAddAsync(DecisionRequest request)
    {
        var outcome = await decisions.AddOwnAsync(User, request);
        return await AfterAsync(outcome.Refusal, Guid.Empty, request, "#decisions-list");
    }

    public async Task<IActionResult> OnPostEditAsync(Guid decisionId, DecisionRequest request)
    {
        var (outcome, _) = await decisions.UpdateOwnAsync(User, decisionId, request);
        return await AfterAsync(outcome.Refusal, decisionId, request, "#decision-" + decisionId.ToString("N"));
    }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    /// <summary>The form for one decision (or the new one): typed values and errors if it was refused, else what is stored.</summary>
    public DecisionForm FormFor(DecisionView? decision)
    {
        var refused = Failed == (decision?.Id ?? Guid.Empty) && !(IsConflict && decision is not null);
        var values = refused ? Typed! : decision is null ? DecisionForm.Empty : DecisionForm.ValuesOf(decision);
        return decision is null
            ? new DecisionForm("new-decision", "Add", values, refused ? Refusal : null, "Plan.Decision.Add")
            : new DecisionForm("decision-" + decision.Id.ToString("N") + "-form", "Edit", values, refused ? Refusal : null, "Plan.Decision.Save", decision.Id);
    }

    private async Task<IActionResult> AfterAsync(Refusal? refusal, Guid form, DecisionRequest request, string then)
    {
        if (refusal is null)
        {
            return Redirect("/min-plan/samvalg" + then);
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
        Decisions = (await query.ReadAsync(opened)).Decisions ?? [];
        return Page();
    }
}
