using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.MyPlan;

/// <summary>/min-plan/utskrift: the whole plan without forms, for paper or a PDF.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PlanPrintModel(PlanDoor door, PlanQuery query, TimeProvider clock) : PageModel
{
    public PlanView Plan { get; private set; } = null!;
    public string PrintedOn { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        Plan = await query.ReadAsync(opened);
        PrintedOn = clock.GetUtcNow().Short();
        return Page();
    }
}
