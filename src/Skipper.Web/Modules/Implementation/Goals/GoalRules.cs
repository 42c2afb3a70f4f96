using Skipper.Web.Modules.Implementation.Goals.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>A goal request that passed the shape rules.</summary>
internal sealed record CleanGoal(string Title, string Description, string Owner, DateOnly? DueOn, GoalStatus Status, string Comment, int Version);

/// <summary>The shape of a goal: a title, known status, a real date, texts within their lengths.</summary>
internal static class GoalRules
{
    /// <summary>Due dates outside these years are typing errors, not plans.</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>A new goal without a status is planned; a changed goal names its status and the version it started from.</summary>
    public static (CleanGoal Goal, Refusal? Refusal) Check(GoalRequest? request, bool isNew)
    {
        var errors = new List<FieldError>();
        var title = InputRules.Clean(request?.Title);
        if (title.Length == 0)
        {
            errors.Add(new FieldError("title", "Implementation.Goals.Error.TitleRequired"));
        }
        InputRules.AtMost(errors, "title", title, GoalLimits.Title);
        var description = InputRules.Clean(request?.Description);
        InputRules.AtMost(errors, "description", description, GoalLimits.Description);
        var owner = InputRules.Clean(request?.Owner);
        InputRules.AtMost(errors, "owner", owner, GoalLimits.Owner);
        var comment = InputRules.Clean(request?.Comment);
        InputRules.AtMost(errors, "comment", comment, GoalLimits.Comment);
        var dueOn = DueOn(errors, request?.DueOn);
        var status = Status(errors, request?.Status, isNew);
        if (!isNew)
        {
            InputRules.Version(errors, request?.Version);
        }
        var clean = new CleanGoal(title, description, owner, dueOn, status, comment, request?.Version ?? 0);
        return (clean, errors.Count > 0 ? InputRules.Invalid(errors) : null);
    }

    private static DateOnly? DueOn(List<FieldError> errors, string? value)
    {
        var before = errors.Count;
        var date = InputRules.Date(errors, "dueOn", value);
        if (errors.Count == before && date is { Year: < FirstYear or > LastYear })
        {
            errors.Add(new FieldError("dueOn", "Implementation.Goals.Error.DueOnRange"));
        }
        return date;
    }

    private static GoalStatus Status(List<FieldError> errors, string? value, bool isNew)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (!isNew)
            {
                errors.Add(new FieldError("status", "Implementation.Goals.Error.StatusRequired"));
            }
            return GoalStatus.Planned;
        }
        if (!GoalStatuses.TryParse(value, out var status))
        {
            errors.Add(new FieldError("status", "Implementation.Goals.Error.Status"));
        }
        return status;
    }
}
