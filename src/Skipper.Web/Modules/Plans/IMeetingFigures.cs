namespace Skipper.Web.Modules.Plans;

/// <summary>Meetings about persons of one department (null: persons without one) in a range: how many, how many the person took part in, and about how many people.</summary>
public sealed record DepartmentMeetingFigures(Guid? DepartmentId, int Meetings, int Attended, int People);

/// <summary>
/// The Plans module's facade for leaders' figures: counts of the meetings recorded in plans, per department. Reads the
/// current municipality; the caller decides who may see the figures.
/// </summary>
public interface IMeetingFigures
{
    /// <summary>Meetings dated from <paramref name="from"/> to <paramref name="to"/> (both included), one row per department that had any.</summary>
    Task<IReadOnlyList<DepartmentMeetingFigures>> ForRangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The date of the municipality's first recorded meeting; null when there is none.</summary>
    Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default);
}
