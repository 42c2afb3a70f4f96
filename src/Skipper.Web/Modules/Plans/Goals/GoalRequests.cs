using Skipper.Web.Platform.Input;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Goals;

/// <summary>A goal as written: title required; status is one of notStarted, onMyWay, reached, putAside.</summary>
public sealed record GoalRequest(string? Title, string? Description, string? WhoHelps, string? Status, int? Version);

/// <summary>A small step: text required; dueDate as yyyy-mm-dd or empty.</summary>
public sealed record StepRequest(string? Text, string? DueDate, bool? Done, int? Version);

internal sealed record CleanGoal(string Title, string Description, string WhoHelps, GoalStatus? Status)
{
    /// <summary>A new goal in these words, the person's own or proposed by staff.</summary>
    public Goal ToGoal(Guid personId, GoalOrigin origin, GoalStatus status, Authorship writtenBy) => new()
    {
        Id = Guid.NewGuid(),
        PersonId = personId,
        Title = Title,
        Description = Description,
        WhoHelps = WhoHelps,
        Status = status,
        Origin = origin,
        WrittenBy = writtenBy,
        Version = 1,
    };
}

internal sealed record CleanStep(string Text, DateOnly? DueDate, bool Done);

internal static class GoalValidation
{
    public static (CleanGoal? Goal, Refusal? Refusal) Check(GoalRequest? request, bool needsVersion)
    {
        var errors = new List<FieldError>();
        var title = InputRules.Clean(request?.Title);
        var description = InputRules.Clean(request?.Description);
        var whoHelps = InputRules.Clean(request?.WhoHelps);
        InputRules.Required(errors, "title", title);
        InputRules.AtMost(errors, "title", title, PlanLimits.Title);
        InputRules.AtMost(errors, "description", description, PlanLimits.LongText);
        InputRules.AtMost(errors, "whoHelps", whoHelps, PlanLimits.WhoHelps);
        var status = PlanRules.Status(errors, request?.Status);
        if (needsVersion)
        {
            InputRules.Version(errors, request?.Version);
        }
        return errors.Count > 0 ? (null, InputRules.Invalid(errors)) : (new CleanGoal(title, description, whoHelps, status), null);
    }

    public static (CleanStep? Step, Refusal? Refusal) Check(StepRequest? request, bool needsVersion)
    {
        var errors = new List<FieldError>();
        var text = InputRules.Clean(request?.Text);
        InputRules.Required(errors, "text", text);
        InputRules.AtMost(errors, "text", text, PlanLimits.Step);
        var due = InputRules.Date(errors, "dueDate", request?.DueDate);
        if (needsVersion)
        {
            InputRules.Version(errors, request?.Version);
        }
        return errors.Count > 0 ? (null, InputRules.Invalid(errors)) : (new CleanStep(text, due, request?.Done ?? false), null);
    }
}
