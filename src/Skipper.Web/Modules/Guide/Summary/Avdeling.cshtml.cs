using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Summary;

/// <summary>/veileder/avdeling: a department's reflection counts. Section leaders pick the department; others see their own.</summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DepartmentSummaryModel(DepartmentAccess access, ReflectionSummary summary) : PageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public ReflectionSummaryView? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? avdeling)
    {
        Departments = await access.ChoicesAsync(User);
        var chosen = avdeling ?? User.DepartmentId() ?? Departments.FirstOrDefault()?.Id;
        if (chosen is not { } id)
        {
            return Page();
        }
        var outcome = await summary.ForAsync(User, id);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        Summary = outcome.Value;
        return Page();
    }
}
