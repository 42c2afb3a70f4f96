namespace Skipper.Web.Modules.Plans.Status;

/// <summary>Where one person's plan stands: its latest change and whether a plan review is due.</summary>
/// <param name="LastChangedAt">The latest write to any part of the plan; null when the plan was never written.</param>
/// <param name="LastChangedBy">The name of whoever made that write.</param>
/// <param name="ReviewDue">The plan should be looked at again now (see <see cref="ReviewDueRule"/>).</param>
public sealed record PlanStatus(DateTimeOffset? LastChangedAt, string? LastChangedBy, bool ReviewDue)
{
    public static readonly PlanStatus Untouched = new(null, null, false);
}

/// <summary>
/// The Plans module's facade for other modules (the caseload): the status of many persons' plans in one read.
/// The caller has already checked access to the persons and written the audit event for the view.
/// </summary>
public interface IPlanStatus
{
    /// <summary>One entry per asked person, in the request's municipality; a person with no plan yet gets <see cref="PlanStatus.Untouched"/>.</summary>
    Task<IReadOnlyDictionary<Guid, PlanStatus>> ForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default);
}
