using System.Globalization;
using Skipper.Web.Modules.Dashboards.Cells;
using Skipper.Web.Modules.Dashboards.Cells.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Dashboards.Figures;

/// <summary>
/// A dashboard's period: whole months or whole quarters only, so that two overlapping periods can never be
/// subtracted to give back a hidden cell. Default: the last 12 whole months.
/// </summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To, Grain Grain)
{
    public const int MaxMonths = 60;
    public const int DefaultMonths = 12;

    public IReadOnlyList<DateOnly> Starts => [.. Periods.Starts(From, To, Grain)];

    public int Months => ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;

    /// <summary>The last <see cref="DefaultMonths"/> whole months (or the last four whole quarters) before today.</summary>
    public static DashboardPeriod Default(DateOnly today, Grain grain = Grain.Month)
    {
        var to = Periods.StartOf(today, grain).AddDays(-1);
        return new DashboardPeriod(Periods.StartOf(to, grain).AddMonths(Periods.Months(grain) - DefaultMonths), to, grain);
    }

    /// <summary>
    /// Reads from/to as yyyy-MM or yyyy-MM-dd (a month as "to" means its last day) and grain as month or quarter. Each
    /// mistake is named with its field; a missing from or to takes the default.
    /// </summary>
    public static Outcome<DashboardPeriod> Parse(string? from, string? to, string? grain, DateOnly today)
    {
        var errors = new List<FieldError>();
        var g = ParseGrain(grain);
        if (g is null)
        {
            errors.Add(new FieldError("grain", "Dashboards.Error.Grain"));
        }
        var start = ParseDay(from, endOfMonth: false);
        if (start is null && !string.IsNullOrWhiteSpace(from))
        {
            errors.Add(new FieldError("from", "Dashboards.Error.FromFormat"));
        }
        var end = ParseDay(to, endOfMonth: true);
        if (end is null && !string.IsNullOrWhiteSpace(to))
        {
            errors.Add(new FieldError("to", "Dashboards.Error.ToFormat"));
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var chosen = g!.Value;
        var fallback = Default(today, chosen);
        var last = end ?? (start is { } s && s > fallback.To ? Periods.EndOf(Periods.StartOf(s, chosen), chosen) : fallback.To);
        var first = start ?? Periods.StartOf(last, chosen).AddMonths(Periods.Months(chosen) - DefaultMonths);
        var quarter = chosen == Grain.Quarter ? ".Quarter" : "";
        if (Periods.StartOf(first, chosen) != first)
        {
            errors.Add(new FieldError("from", "Dashboards.Error.FromStart" + quarter));
        }
        if (Periods.EndOf(Periods.StartOf(last, chosen), chosen) != last)
        {
            errors.Add(new FieldError("to", "Dashboards.Error.ToEnd" + quarter));
        }
        if (errors.Count == 0 && last < first)
        {
            errors.Add(new FieldError("to", "Dashboards.Error.EndsBeforeStart"));
        }
        var period = new DashboardPeriod(first, last, chosen);
        if (errors.Count == 0 && period.Months > MaxMonths)
        {
            errors.Add(new FieldError("to", "Dashboards.Error.TooLong", MaxMonths));
        }
        return errors.Count > 0 ? Refusal.Invalid(errors) : period;
    }

    /// <summary>The grain as the API and the form write it.</summary>
    public static string Name(Grain grain) => grain == Grain.Quarter ? "quarter" : "month";

    private static Grain? ParseGrain(string? grain) => grain?.Trim().ToLowerInvariant() switch
    {
        null or "" or "month" => Grain.Month,
        "quarter" => Grain.Quarter,
        _ => null,
    };

    private static DateOnly? ParseDay(string? value, bool endOfMonth)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return endOfMonth ? month.AddMonths(1).AddDays(-1) : month;
        }
        return null;
    }
}
