using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Implementation.Goals.StatusTable;

/// <summary>/avdeling/statustabell: every goal of the section, grouped by place, to read, print or take to Excel.</summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StatusTablePageModel(StatusTableQuery query, TimeProvider clock) : PageModel
{
    public StatusTableView Table { get; private set; } = new([]);
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Table = await query.ReadAsync();
        Now = clock.GetUtcNow();
    }

    /// <summary>The section's goals and one's own department's open from the table; a section leader opens them all.</summary>
    public bool CanOpen(StatusGroup group) =>
        group.DepartmentId is null || DepartmentAccess.SeesAll(User) || group.DepartmentId == User.DepartmentId();
}
