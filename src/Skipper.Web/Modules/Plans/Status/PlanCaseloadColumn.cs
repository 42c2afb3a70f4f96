using Skipper.Web.Platform.Access.Caseload;

namespace Skipper.Web.Modules.Plans.Status;

/// <summary>The caseload's "plan" column: the latest update of each person's plan and whether a review is due.</summary>
internal sealed class PlanCaseloadColumn(IPlanStatus plans) : ICaseloadColumn
{
    public string Key => "plan";

    public string HeadingKey => "Plan.Caseload.Heading";

    public string CellPartial => "/Modules/Plans/Status/_PlanCell.cshtml";

    public async Task<IReadOnlyDictionary<Guid, object>> ValuesAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var statuses = await plans.ForPeopleAsync(personIds, cancellationToken);
        return statuses.ToDictionary(s => s.Key, s => (object)s.Value);
    }
}
