using Skipper.Web.Modules.Implementation.Goals.Data;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>
/// A goal as written: status is one of notStarted, planned, ongoing, partly, done, dropped; dueOn is yyyy-mm-dd or
/// empty; version is the one the writer started from (only when changing a goal).
/// </summary>
public sealed record GoalRequest(string? Title, string? Description, string? Owner, string? DueOn, string? Status, string? Comment, int? Version);

/// <summary>One line of a goal's history: who set which status and comment, and when.</summary>
public sealed record GoalEntryView(DateTimeOffset At, Guid? ByUserId, string ByName, GoalStatus? OldStatus, GoalStatus NewStatus, string Comment)
{
    public static GoalEntryView From(RecoveryGoalEntry e) => new(e.At, e.ByUserId, e.ByName, e.OldStatus, e.NewStatus, e.Comment);
}

/// <summary>A goal with its history, newest entry first.</summary>
public sealed record GoalView(
    Guid Id,
    Guid? DepartmentId,
    string Title,
    string Description,
    string Owner,
    DateOnly? DueOn,
    GoalStatus Status,
    string Comment,
    DateTimeOffset UpdatedAt,
    string UpdatedByName,
    int Version,
    IReadOnlyList<GoalEntryView> History)
{
    public static GoalView From(RecoveryGoal goal, IEnumerable<RecoveryGoalEntry> history) => new(
        goal.Id, goal.DepartmentId, goal.Title, goal.Description, goal.Owner, goal.DueOn, goal.Status, goal.Comment,
        goal.UpdatedAt, goal.UpdatedByName, goal.Version,
        history.OrderByDescending(e => e.At).Select(GoalEntryView.From).ToList());

    public GoalRequest ToRequest() => new(Title, Description, Owner, DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        GoalStatuses.Name(Status), Comment, Version);
}

/// <summary>The goals of one place (a department, or the section when departmentId is null).</summary>
public sealed record GoalListView(Guid? DepartmentId, string Name, bool CanWrite, IReadOnlyList<GoalView> Goals);
