using System.Globalization;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans;

/// <summary>The shape rules every plan form and request shares; each names the field and the text that explains it.</summary>
internal static class PlanRules
{
    public static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    public static void Required(List<FieldError> errors, string field, string value)
    {
        if (value.Length == 0)
        {
            errors.Add(new FieldError(field, "Plan.Error.Required"));
        }
    }

    public static void AtMost(List<FieldError> errors, string field, string value, int max)
    {
        if (value.Length > max)
        {
            errors.Add(new FieldError(field, "Plan.Error.TooLong", max));
        }
    }

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

    /// <summary>A date as yyyy-mm-dd (what a date field sends), or nothing.</summary>
    public static DateOnly? Date(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(new FieldError(field, "Plan.Error.Date"));
        return null;
    }

    public static void Version(List<FieldError> errors, int? version)
    {
        if (version is null or < 0)
        {
            errors.Add(new FieldError("version", "Plan.Error.Version"));
        }
    }

    public static Refusal Invalid(IReadOnlyList<FieldError> errors) => new(RefusalKind.Invalid, "Plan.Error.Invalid", errors);

    public static Refusal GoalNotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.GoalNotFound");

    public static Refusal StepNotFound => Refusal.Of(RefusalKind.NotFound, "Plan.Error.StepNotFound");

    public static Refusal PlanNotFound => Refusal.Of(RefusalKind.NotFound, "Problem.404");

    /// <summary>Staff may change what staff wrote, never what the person wrote themself.</summary>
    public static Refusal PersonWroteIt => Refusal.Of(RefusalKind.Forbidden, "Plan.Error.PersonWroteIt");

    public static Refusal Conflict => Refusal.Of(RefusalKind.Conflict, "Plan.Error.Conflict");
}
