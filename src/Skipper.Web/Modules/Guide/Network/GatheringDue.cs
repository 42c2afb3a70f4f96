namespace Skipper.Web.Modules.Guide.Network;

/// <summary>A calendar quarter: January–March is 1, October–December is 4.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public DateOnly Start => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

public enum GatheringReminder
{
    /// <summary>The network met last quarter, or has already met this quarter.</summary>
    None,

    /// <summary>No gathering has been held yet.</summary>
    NeverHeld,

    /// <summary>The previous quarter passed without a gathering, and none has been held yet this quarter.</summary>
    QuarterMissed,
}

/// <summary>Whether to remind the network to meet, the last gathering held, and the quarter the reminder is about.</summary>
public sealed record GatheringDueResult(GatheringReminder Reminder, DateOnly? LastHeld, Quarter Previous)
{
    public bool Due => Reminder != GatheringReminder.None;
}

/// <summary>
/// The network meets quarterly by default. A gathering dated after today is planned, not held. A gathering already
/// held this quarter answers for the missed one before it, so the reminder does not nag after the network has met.
/// </summary>
public static class GatheringDue
{
    public static GatheringDueResult Check(DateOnly today, IEnumerable<DateOnly> gatherings)
    {
        var held = gatherings.Where(d => d <= today).ToList();
        var current = Quarter.Of(today);
        var previous = current.Previous;
        if (held.Count == 0)
        {
            return new(GatheringReminder.NeverHeld, null, previous);
        }
        var last = held.Max();
        var met = held.Any(previous.Contains) || held.Any(current.Contains);
        return new(met ? GatheringReminder.None : GatheringReminder.QuarterMissed, last, previous);
    }
}
