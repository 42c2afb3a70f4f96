using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Goals;

/// <summary>What the partial _GoalFields shows: the values, why the last try was refused, and a prefix for the field ids.</summary>
public sealed record GoalForm(GoalRequest Values, Refusal? Refusal, string IdPrefix)
{
    public static readonly GoalRequest Empty = new(null, null, null, null, "planned", null, 0);

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    public bool IsChosen(Data.GoalStatus status) =>
        GoalStatuses.TryParse(Values.Status, out var chosen) && chosen == status;
}

/// <summary>The address word for the section's goals: /avdeling/mal?avdeling=seksjonen.</summary>
public static class GoalAddresses
{
    public const string Goals = "/avdeling/mal";
    public const string StatusTable = "/avdeling/statustabell";
    public const string Section = "seksjonen";

    public static string For(Guid? departmentId) => Goals + "?avdeling=" + (departmentId?.ToString() ?? Section);

    public static string Goal(Guid goalId) => $"{Goals}/{goalId}";

    /// <summary>Null for the section; the department's id; or false when the word is neither.</summary>
    public static bool TryRead(string? value, out Guid? departmentId)
    {
        departmentId = null;
        if (string.Equals(value, Section, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (Guid.TryParse(value, out var id))
        {
            departmentId = id;
            return true;
        }
        return false;
    }
}
