using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Plans.CrisisPlan;

/// <summary>/min-plan/varselsignaler/utskrift: the person's warning signs on one A4 sheet.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class UtskriftModel(PlanDoor door, PlanQuery query) : PageModel
{
    public SheetModel Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        var plan = await query.ReadAsync(opened);
        Sheet = new SheetModel(plan.PersonName, plan.WarningSigns ?? WarningSignsView.Empty, "/min-plan/varselsignaler");
        return Page();
    }
}

/// <summary>What the print sheet shows, and where "back" goes on screen.</summary>
public sealed record SheetModel(string PersonName, WarningSignsView Signs, string Back);
