using System.Globalization;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Keeping;

/// <summary>
/// A session's time as a form sends it ("2026-12-01T18:00", Norwegian time) or as an API client may send it, with
/// an offset ("2026-12-01T17:00:00Z"). Stored in UTC.
/// </summary>
internal static class SessionTimes
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];
    private static readonly TimeZoneInfo Norway = Find();

    public static DateTimeOffset? Parse(List<FieldError> errors, string field, string? value)
    {
        var text = InputRules.Clean(value);
        if (text.Length == 0)
        {
            errors.Add(new FieldError(field, "Input.Error.Required"));
            return null;
        }
        if (text.Length <= 40 && DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return FromNorway(local);
        }
        if (text.Length <= 40 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset.ToUniversalTime();
        }
        errors.Add(new FieldError(field, "Community.College.Error.Time"));
        return null;
    }

    /// <summary>What a datetime-local field shows for a stored time.</summary>
    public static string ForField(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Norway).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset FromNorway(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A time skipped when clocks go forward is read as the hour after.
        if (Norway.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }
        return new DateTimeOffset(unspecified, Norway.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
