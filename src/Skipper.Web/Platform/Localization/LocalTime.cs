using System.Globalization;

namespace Skipper.Web.Platform.Localization;

/// <summary>Times are stored in UTC and shown in Norwegian time, whatever the server's own zone is.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Norway = Find();

    public static DateTimeOffset InNorway(this DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Norway);

    public static string Short(this DateTimeOffset time) => time.InNorway().ToString("g", CultureInfo.CurrentCulture);

    public static string Date(this DateTimeOffset time) => time.InNorway().ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Midnight in Norway at the start of the day, in UTC (what PostgreSQL stores).</summary>
    public static DateTimeOffset StartInNorway(this DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Norway.GetUtcOffset(local)).ToUniversalTime();
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
