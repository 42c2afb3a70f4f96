using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.Survey.Pages;

/// <summary>/avdeling/undersokelser: a department's user surveys. Section leaders pick the department; others see their own.</summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class UndersokelserModel(DepartmentAccess access, SurveyQuery query) : PageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public Guid? DepartmentId { get; private set; }
    public string? DepartmentName { get; private set; }
    public IReadOnlyList<SurveyView> Surveys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? avdeling)
    {
        Departments = await access.ChoicesAsync(User);
        var chosen = avdeling ?? User.DepartmentId() ?? Departments.FirstOrDefault()?.Id;
        if (chosen is not { } id)
        {
            return Page();
        }
        var outcome = await query.ListAsync(User, id);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        DepartmentId = id;
        DepartmentName = Departments.FirstOrDefault(d => d.Id == id)?.Name;
        Surveys = outcome.Value;
        return Page();
    }
}
