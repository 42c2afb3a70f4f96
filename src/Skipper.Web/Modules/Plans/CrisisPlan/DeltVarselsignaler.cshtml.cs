using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Plans.CrisisPlan;

/// <summary>/delt/{personId}/varselsignaler: a relative the person shares warning signs with prints them. Logged by the door.</summary>
[Authorize(Policy = Policies.Relative)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DeltVarselsignalerModel(PlanDoor door, PlanQuery query) : PageModel
{
    public SheetModel Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid personId)
    {
        var opened = await door.OpenAsync(User, personId, PersonOperation.Read, PlanParts.WarningSigns);
        if (!opened.IsOpen)
        {
            return opened.ClosedPage();
        }
        var plan = await query.ReadAsync(opened);
        Sheet = new SheetModel(plan.PersonName, plan.WarningSigns ?? WarningSignsView.Empty, $"/delt/{personId}");
        return Page();
    }
}
