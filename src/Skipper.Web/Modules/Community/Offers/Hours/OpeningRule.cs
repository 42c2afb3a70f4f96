namespace Skipper.Web.Modules.Community.Offers.Hours;

/// <summary>A weekly opening, Norwegian time.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>A date that differs from the week: closed, or open other hours (From and To), or only a note (neither).</summary>
public sealed record DayException(DateOnly On, bool Closed, TimeOnly? From, TimeOnly? To);

/// <summary>Everything that decides when an offer is open.</summary>
public sealed record OfferHours(IReadOnlyList<WeeklySlot> Slots, IReadOnlyList<DayException> Exceptions, DateOnly? StartsOn, DateOnly? EndsOn)
{
    public static readonly OfferHours None = new([], [], null, null);
}

/// <summary>
/// "Open now" and "this week" from weekly slots and exceptions, in local (Norwegian) time. This week means today
/// (what is left of it) and the six days after: someone looking on a Saturday wants next Tuesday's group too.
/// An exception's own hours replace the week's that day; a closed exception shuts the whole day; outside the offer's
/// start and end dates it is never open.
/// </summary>
public static class OpeningRule
{
    public const int WeekDays = 7;

    public static IReadOnlyList<(TimeOnly From, TimeOnly To)> HoursOn(OfferHours hours, DateOnly day)
    {
        if (hours.StartsOn is { } starts && day < starts || hours.EndsOn is { } ends && day > ends)
        {
            return [];
        }
        var exception = hours.Exceptions.FirstOrDefault(e => e.On == day);
        if (exception is { Closed: true })
        {
            return [];
        }
        if (exception is { From: { } from, To: { } to })
        {
            return [(from, to)];
        }
        return hours.Slots.Where(s => s.Day == day.DayOfWeek).OrderBy(s => s.From).Select(s => (s.From, s.To)).ToList();
    }

    public static bool IsOpenAt(OfferHours hours, DateTime localTime)
    {
        var time = TimeOnly.FromDateTime(localTime);
        return HoursOn(hours, DateOnly.FromDateTime(localTime)).Any(h => h.From <= time && time < h.To);
    }

    public static bool IsOpenThisWeek(OfferHours hours, DateTime localTime)
    {
        var today = DateOnly.FromDateTime(localTime);
        var time = TimeOnly.FromDateTime(localTime);
        if (HoursOn(hours, today).Any(h => time < h.To))
        {
            return true;
        }
        return Enumerable.Range(1, WeekDays - 1).Any(d => HoursOn(hours, today.AddDays(d)).Count > 0);
    }
}

/// <summary>An offer nobody has checked for six months may be out of date: flagged to its keepers and marked on the site.</summary>
public static class StaleRule
{
    public const int Months = 6;

    public static bool IsStale(DateOnly lastCheckedOn, DateOnly today) => lastCheckedOn <= today.AddMonths(-Months);
}
