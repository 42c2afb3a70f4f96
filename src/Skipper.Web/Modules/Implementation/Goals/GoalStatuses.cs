using Skipper.Web.Modules.Implementation.Goals.Data;
using Skipper.Web.Platform.Input;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>The statuses a goal can have, by their API names (camelCase), and the text key that names each for people.</summary>
internal static class GoalStatuses
{
    /// <summary>In the order a form offers them: from not begun to finished.</summary>
    public static readonly IReadOnlyList<GoalStatus> InOrder =
        [GoalStatus.NotStarted, GoalStatus.Planned, GoalStatus.Ongoing, GoalStatus.Partly, GoalStatus.Done, GoalStatus.Dropped];

    /// <summary>"notStarted", "not-started", "not_started" and "NOT STARTED" are the same status; anything else is none.</summary>
    public static bool TryParse(string? value, out GoalStatus status)
    {
        var name = (value ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal);
        return EnumNames.TryParse(name, out status);
    }

    public static string Name(GoalStatus status) => EnumNames.Of(status);

    public static string TextKey(GoalStatus status) => "Implementation.Goals.Status." + Name(status);
}
