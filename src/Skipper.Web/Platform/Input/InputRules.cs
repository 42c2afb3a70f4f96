using System.Globalization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Platform.Input;

/// <summary>The shape rules forms and requests of every module share; each names the field and the text that explains it.</summary>
internal static class InputRules
{
    /// <summary>Trimmed, with Windows line ends made plain, and never null.</summary>
    public static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    public static void Required(List<FieldError> errors, string field, string value)
    {
        if (value.Length == 0)
        {
            errors.Add(new FieldError(field, "Input.Error.Required"));
        }
    }

    public static void AtMost(List<FieldError> errors, string field, string value, int max)
    {
        if (value.Length > max)
        {
            errors.Add(new FieldError(field, "Input.Error.TooLong", max));
        }
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
        errors.Add(new FieldError(field, "Input.Error.Date"));
        return null;
    }

    /// <summary>The version the user started from (0 for something not yet saved), for optimistic concurrency.</summary>
    public static void Version(List<FieldError> errors, int? version)
    {
        if (version is null or < 0)
        {
            errors.Add(new FieldError("version", "Input.Error.Version"));
        }
    }

    public static Refusal Invalid(IReadOnlyList<FieldError> errors) => new(RefusalKind.Invalid, "Input.Error.Invalid", errors);

    /// <summary>Someone saved in between: nothing was changed, and the newer version can be shown.</summary>
    public static Refusal Conflict => Refusal.Of(RefusalKind.Conflict, "Input.Error.Conflict");
}
