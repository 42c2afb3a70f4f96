namespace Skipper.Web.Modules.Plans;

/// <summary>
/// The Plans module's facade for other modules ("start again"): the meetings about a person recorded in their plan.
/// Reads the request's municipality only; the caller decides who may ask.
/// </summary>
public interface IPlanMeetings
{
    /// <summary>The date of the person's first recorded meeting on or after <paramref name="date"/>; null when there is none.</summary>
    Task<DateOnly?> FirstMeetingOnOrAfterAsync(Guid personId, DateOnly date, CancellationToken cancellationToken = default);
}
