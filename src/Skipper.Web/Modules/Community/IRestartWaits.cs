namespace Skipper.Web.Modules.Community;

/// <summary>One request to start again: when it was sent, and when the first session or meeting after it was (null while it waits).</summary>
/// <param name="DaysToFirstContact">Calendar days in Norway from the request to the first contact (the same day is 0); null while it waits.</param>
public sealed record RestartWait(DateTimeOffset RequestedAt, DateTimeOffset? FirstContactAt, int? DaysToFirstContact);

/// <summary>
/// The Community module's facade for leaders' figures: the waiting time from each request to start again to its
/// first contact, for the median and 90th percentile. Holds no names; the caller decides who may see the figures.
/// </summary>
public interface IRestartWaits
{
    /// <summary>The department's requests sent from <paramref name="from"/> to <paramref name="to"/> (both days included, Norwegian dates), oldest first.</summary>
    Task<IReadOnlyList<RestartWait>> ForDepartmentAsync(Guid departmentId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
