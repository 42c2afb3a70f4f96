using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Skipper.Web.Modules.Dashboards.Dashboard;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Dashboards.Pages;

/// <summary>/ledelse/avdeling/{id}: one department's dashboard (a department leader's own, or any for a section leader).</summary>
[Authorize(Policy = Policies.Leader)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LedelseAvdelingModel(DashboardQuery query, DepartmentAccess access) : DashboardPageModel(query, access)
{
    private readonly DashboardQuery query = query;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        ShowAsync(period => query.DepartmentAsync(User, id, period, ct));
}
