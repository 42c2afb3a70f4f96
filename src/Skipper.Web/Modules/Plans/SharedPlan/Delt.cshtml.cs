using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Plans.SharedPlan;

/// <summary>/delt/{personId}: a relative sees the parts of the plan the person shares with them, and nothing else. Logged.</summary>
[Authorize(Policy = Policies.Relative)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DeltModel(PlanDoor door, PlanQuery query) : PageModel
{
    public PlanView Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid personId)
    {
        var opened = await door.OpenAsync(User, personId, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return opened.ClosedPage();
        }
        Plan = await query.ReadAsync(opened);
        return Page();
    }
}
