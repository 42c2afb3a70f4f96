namespace Skipper.Web.Modules.Community;

/// <summary>One request to start again: when it was sent, and when the first session or meeting after it was (null while it waits).</summary>
/// <param name="DaysToFirstContact">Calendar days in Norway from the request to the first contact (the same day is 0); null while it waits.</param>
public sealed record RestartWait(DateTimeOffset RequestedAt, DateTimeOffset? FirstContactAt, int? DaysToFirstContact);

/// <summary>One department's requests to start again sent in a range, and from how many people.</summary>
public sealed record DepartmentRestartWaits(Guid DepartmentId, int People, IReadOnlyList<RestartWait> Waits);

/// <summary>
/// The Community module's facade for leaders' figures: the waiting time from each request to start again to its
/// first contact, for the median and 90th percentile. Holds no names; the caller decides who may see the figures.
/// </summary>
public interface IRestartWaits
{
    /// <summary>The department's requests sent from <paramref name="from"/> to <paramref name="to"/> (both days included, Norwegian dates), oldest first.</summary>
    Task<IReadOnlyList<RestartWait>> ForDepartmentAsync(Guid departmentId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Every department's requests sent from <paramref name="from"/> to <paramref name="to"/> (both included), one row per department that had any.</summary>
    Task<IReadOnlyList<DepartmentRestartWaits>> ByDepartmentAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The day of the municipality's first request to start again (Norwegian date); null when there is none.</summary>
    Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default);
}
