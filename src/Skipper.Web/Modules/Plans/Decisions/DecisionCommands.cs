using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Decisions;

/// <summary>
/// Shared decisions (samvalg). The person adds and changes any of them; staff with a care relation add them and
/// change those written by staff. Nobody deletes one: a decision looked at again is changed, and the change logged.
/// </summary>
public sealed class DecisionCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<Outcome<DecisionView>> AddOwnAsync(ClaimsPrincipal user, DecisionRequest? request) =>
        await AddAsync(user, await door.OpenOwnAsync(user, PersonOperation.Write), request);

    public async Task<Outcome<DecisionView>> AddForAsync(ClaimsPrincipal user, Guid personId, DecisionRequest? request) =>
        await AddAsync(user, await door.OpenAsync(user, personId, PersonOperation.Write), request);

    public async Task<(Outcome<DecisionView> Outcome, DecisionView? Current)> UpdateOwnAsync(ClaimsPrincipal user, Guid decisionId, DecisionRequest? request) =>
        await UpdateAsync(user, await door.OpenOwnAsync(user, PersonOperation.Write), decisionId, request);

    public async Task<(Outcome<DecisionView> Outcome, DecisionView? Current)> UpdateForAsync(ClaimsPrincipal user, Guid personId, Guid decisionId, DecisionRequest? request) =>
        await UpdateAsync(user, await door.OpenAsync(user, personId, PersonOperation.Write), decisionId, request);

    private async Task<Outcome<DecisionView>> AddAsync(ClaimsPrincipal user, PlanOpening plan, DecisionRequest? request)
    {
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var (clean, refusal) = DecisionValidation.Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var decision = new SharedDecision { Id = Guid.NewGuid(), PersonId = plan.PersonId, Question = clean!.Question, Version = 1 };
        Fill(decision, clean, Author.Of(user, clock.GetUtcNow()));
        db.Add(decision);
        await TouchAsync(decision);
        if (!await db.TrySaveAsync())
        {
            return PlanRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.Decisions}/{decision.Id}");
        return DecisionView.From(decision);
    }

    private async Task<(Outcome<DecisionView> Outcome, DecisionView? Current)> UpdateAsync(ClaimsPrincipal user, PlanOpening plan, Guid decisionId, DecisionRequest? request)
    {
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var (clean, refusal) = DecisionValidation.Check(request, needsVersion: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        var decision = await db.Set<SharedDecision>().FirstOrDefaultAsync(d => d.Id == decisionId && d.PersonId == plan.PersonId);
        if (decision is null)
        {
            return (DecisionNotFound, null);
        }
        if (!plan.IsSelf && decision.WrittenBy.Role == Roles.Person)
        {
            return (PlanRules.PersonWroteIt, null);
        }
        if (decision.Version != request!.Version)
        {
            return (PlanRules.Conflict, DecisionView.From(decision));
        }
        Fill(decision, clean!, Author.Of(user, clock.GetUtcNow()));
        decision.Version++;
        await TouchAsync(decision);
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<SharedDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == decisionId);
            return (PlanRules.Conflict, current is null ? null : DecisionView.From(current));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.Decisions}/{decision.Id}");
        return (DecisionView.From(decision), null);
    }

    private static void Fill(SharedDecision decision, CleanDecision clean, Authorship by)
    {
        decision.Question = clean.Question;
        decision.Options = clean.Options;
        decision.WhatMattersToMe = clean.WhatMattersToMe;
        decision.Choice = clean.Choice;
        decision.ReviewOn = clean.ReviewOn;
        decision.WrittenBy = by;
    }

    /// <summary>A decision to look at again sets the plan's next review, which the caseload shows.</summary>
    private Task TouchAsync(SharedDecision decision) =>
        db.TouchPlanAsync(decision.PersonId, decision.WrittenBy, a =>
        {
            if (decision.ReviewOn is { } review)
            {
                a.NextReviewOn = review;
            }
        });

    private static Refusal DecisionNotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.DecisionNotFound");
}
