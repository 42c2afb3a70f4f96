using System.Globalization;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Decisions;

/// <summary>One shared-decision form (new or change), the same on the person's page and the staff page.</summary>
public sealed record DecisionForm(string Id, string Handler, DecisionRequest Values, Refusal? Refusal, string SubmitKey, Guid? DecisionId = null)
{
    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    public static DecisionRequest ValuesOf(DecisionView decision) => new(
        decision.Question, decision.Options, decision.WhatMattersToMe, decision.Choice,
        decision.ReviewOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), decision.Version);

    public static readonly DecisionRequest Empty = new(null, null, null, null, null, null);
}
