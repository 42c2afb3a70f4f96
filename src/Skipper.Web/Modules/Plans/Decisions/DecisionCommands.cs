using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.Shared;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Decisions;

/// <summary>
/// Shared decisions (samvalg), written by the person or by staff with them (rules in SharedEntryCommands). A
/// decision looked at again is changed, and the change logged.
/// </summary>
public sealed class DecisionCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
    : SharedEntryCommands<SharedDecision, DecisionView, DecisionRequest, CleanDecision>(db, door, gate, clock)
{
    protected override string Part => PlanParts.Decisions;

    protected override Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.DecisionNotFound");

    protected override (CleanDecision? Clean, Refusal? Refusal) Check(DecisionRequest? request, bool needsVersion) =>
        DecisionValidation.Check(request, needsVersion);

    protected override int? VersionOf(DecisionRequest request) => request.Version;

    protected override SharedDecision Create(Guid personId, CleanDecision clean) =>
        new() { Id = Guid.NewGuid(), PersonId = personId, Question = clean.Question };

    protected override void Fill(SharedDecision decision, CleanDecision clean, Authorship by)
    {
        decision.Question = clean.Question;
        decision.Options = clean.Options;
        decision.WhatMattersToMe = clean.WhatMattersToMe;
        decision.Choice = clean.Choice;
        decision.ReviewOn = clean.ReviewOn;
        decision.WrittenBy = by;
    }

    protected override DecisionView ViewOf(SharedDecision decision) => DecisionView.From(decision);

    /// <summary>A decision to look at again sets the plan's next review, which the caseload shows.</summary>
    protected override Task TouchAsync(SharedDecision decision) =>
        Db.TouchPlanAsync(decision.PersonId, decision.WrittenBy, a =>
        {
            if (decision.ReviewOn is { } review)
            {
                a.NextReviewOn = review;
            }
        });
}
