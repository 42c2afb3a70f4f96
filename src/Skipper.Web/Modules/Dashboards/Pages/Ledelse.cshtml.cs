using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Skipper.Web.Modules.Dashboards.Dashboard;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Dashboards.Pages;

/// <summary>/ledelse: the section's dashboard for a section leader, the own department's for a department leader.</summary>
[Authorize(Policy = Policies.Leader)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LedelseModel(DashboardQuery query, DepartmentAccess access) : DashboardPageModel(query, access)
{
    private readonly DashboardQuery query = query;

    /// <summary>A department leader without a department has nothing to show yet.</summary>
    public bool WithoutDepartment { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (SeesAll)
        {
            return await ShowAsync(period => query.SectionAsync(User, period, ct));
        }
        if (User.DepartmentId() is not { } own)
        {
            WithoutDepartment = true;
            return Page();
        }
        return await ShowAsync(period => query.DepartmentAsync(User, own, period, ct));
    }
}
