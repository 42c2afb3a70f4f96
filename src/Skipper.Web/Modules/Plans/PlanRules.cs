using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans;

/// <summary>Rules and refusals of the plan itself; the shape rules every module shares are in Platform/Input/InputRules.</summary>
internal static class PlanRules
{
    public static GoalStatus? Status(List<FieldError> errors, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (Enum.TryParse<GoalStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status) && !value.All(char.IsDigit))
        {
            return status;
        }
        errors.Add(new FieldError("status", "Plan.Error.Status"));
        return null;
    }

    public static Refusal GoalNotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.GoalNotFound");

    public static Refusal StepNotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.StepNotFound");

    public static Refusal PlanNotFound => Refusal.Of(RefusalKind.NotFound, "Problem.404");

    /// <summary>Staff may change what staff wrote, never what the person wrote themself.</summary>
    public static Refusal PersonWroteIt => Refusal.Of(RefusalKind.Forbidden, "Plan.Error.PersonWroteIt");
}
