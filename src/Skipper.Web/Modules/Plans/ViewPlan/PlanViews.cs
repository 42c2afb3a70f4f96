using System.Text.Json.Serialization;
using Skipper.Web.Modules.Plans.Data;

namespace Skipper.Web.Modules.Plans.ViewPlan;

/// <summary>The plan as the user may see it: a part not shared with them is left out (null), never empty.</summary>
public sealed record PlanView(
    Guid PersonId,
    string PersonName,
    IReadOnlyList<string> Parts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WhatMattersView? WhatMatters,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<GoalView>? Goals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<GoalView>? Proposals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ResourceView>? Resources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ValuesView? Values,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChimeView? Chime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WarningSignsView? WarningSigns,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MeetingsView? Meetings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DecisionView>? Decisions);

public sealed record WhatMattersView(string WhatMatters, string Dreams, int Version, Authorship? UpdatedBy)
{
    public static readonly WhatMattersView Empty = new("", "", 0, null);

    public static WhatMattersView From(PlanNotes? notes) =>
        notes is null ? Empty : new(notes.WhatMatters, notes.Dreams, notes.Version, notes.UpdatedBy);
}

public sealed record GoalView(
    Guid Id, string Title, string Description, string WhoHelps, GoalStatus Status, GoalOrigin Origin,
    Authorship WrittenBy, DateTimeOffset? AnsweredAt, int Version, IReadOnlyList<StepView> Steps)
{
    public static GoalView From(Goal goal, IEnumerable<GoalStep> steps) => new(
        goal.Id, goal.Title, goal.Description, goal.WhoHelps, goal.Status, goal.Origin, goal.WrittenBy, goal.AnsweredAt, goal.Version,
        steps.Where(s => s.GoalId == goal.Id).OrderBy(s => s.WrittenBy.At).Select(StepView.From).ToList());
}

public sealed record StepView(Guid Id, string Text, DateOnly? DueDate, bool Done, Authorship WrittenBy, int Version)
{
    public static StepView From(GoalStep step) => new(step.Id, step.Text, step.DueDate, step.Done, step.WrittenBy, step.Version);
}
