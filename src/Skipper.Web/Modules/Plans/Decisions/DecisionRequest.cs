using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Decisions;

/// <summary>A shared decision: the question required (at most 500 characters), reviewOn as yyyy-mm-dd or empty.</summary>
public sealed record DecisionRequest(string? Question, string? Options, string? WhatMattersToMe, string? Choice, string? ReviewOn, int? Version);

public sealed record CleanDecision(string Question, string Options, string WhatMattersToMe, string Choice, DateOnly? ReviewOn);

internal static class DecisionValidation
{
    public static (CleanDecision? Decision, Refusal? Refusal) Check(DecisionRequest? request, bool needsVersion)
    {
        var errors = new List<FieldError>();
        var question = PlanRules.Clean(request?.Question);
        var options = PlanRules.Clean(request?.Options);
        var whatMatters = PlanRules.Clean(request?.WhatMattersToMe);
        var choice = PlanRules.Clean(request?.Choice);
        PlanRules.Required(errors, "question", question);
        PlanRules.AtMost(errors, "question", question, PlanLimits.Step);
        PlanRules.AtMost(errors, "options", options, PlanLimits.LongText);
        PlanRules.AtMost(errors, "whatMattersToMe", whatMatters, PlanLimits.LongText);
        PlanRules.AtMost(errors, "choice", choice, PlanLimits.LongText);
        var reviewOn = PlanRules.Date(errors, "reviewOn", request?.ReviewOn);
        if (needsVersion)
        {
            PlanRules.Version(errors, request?.Version);
        }
        return errors.Count > 0 ? (null, PlanRules.Invalid(errors)) : (new CleanDecision(question, options, whatMatters, choice, reviewOn), null);
    }
}
