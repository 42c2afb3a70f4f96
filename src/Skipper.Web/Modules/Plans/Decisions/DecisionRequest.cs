using Skipper.Web.Platform.Input;
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
        var question = InputRules.Clean(request?.Question);
        var options = InputRules.Clean(request?.Options);
        var whatMatters = InputRules.Clean(request?.WhatMattersToMe);
        var choice = InputRules.Clean(request?.Choice);
        InputRules.Required(errors, "question", question);
        InputRules.AtMost(errors, "question", question, PlanLimits.Step);
        InputRules.AtMost(errors, "options", options, PlanLimits.LongText);
        InputRules.AtMost(errors, "whatMattersToMe", whatMatters, PlanLimits.LongText);
        InputRules.AtMost(errors, "choice", choice, PlanLimits.LongText);
        var reviewOn = InputRules.Date(errors, "reviewOn", request?.ReviewOn);
        if (needsVersion)
        {
            InputRules.Version(errors, request?.Version);
        }
        return errors.Count > 0 ? (null, InputRules.Invalid(errors)) : (new CleanDecision(question, options, whatMatters, choice, reviewOn), null);
    }
}
