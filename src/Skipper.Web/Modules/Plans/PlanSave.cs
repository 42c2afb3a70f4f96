using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Plans;

internal static class PlanSave
{
    /// <summary>
    /// Marks the plan as changed by the author, in the same save as the change, so the caseload can show
    /// "latest update" without reading every part. Call it before TrySaveAsync on every plan write.
    /// </summary>
    public static async Task TouchPlanAsync(this AppDbContext db, Guid personId, Authorship by, Action<PlanActivity>? also = null)
    {
        var activity = await db.Set<PlanActivity>().FirstOrDefaultAsync(a => a.PersonId == personId);
        if (activity is null)
        {
            activity = new PlanActivity { PersonId = personId };
            db.Add(activity);
        }
        activity.LastChangedAt = by.At;
        activity.LastChangedBy = by.Name;
        also?.Invoke(activity);
    }
}
