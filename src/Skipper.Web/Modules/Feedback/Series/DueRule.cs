namespace Skipper.Web.Modules.Feedback.Series;

/// <summary>
/// When an instrument is due for a person in an open episode: never answered in it, or the last answer is
/// DueEveryDays old or older. Instruments without DueEveryDays (the alliance scale, answered after each session)
/// are never "due".
/// </summary>
public static class DueRule
{
    public static bool IsDue(bool inOpenEpisode, DateOnly? lastAnswered, int? dueEveryDays, DateOnly today) =>
        inOpenEpisode && dueEveryDays is { } days && (lastAnswered is not { } last || last.AddDays(days) <= today);

    /// <summary>The day it falls due next (today or earlier when overdue); null when it never falls due.</summary>
    public static DateOnly? DueOn(bool inOpenEpisode, DateOnly? lastAnswered, int? dueEveryDays, DateOnly today) =>
        !inOpenEpisode || dueEveryDays is not { } days ? null : lastAnswered?.AddDays(days) ?? today;
}
