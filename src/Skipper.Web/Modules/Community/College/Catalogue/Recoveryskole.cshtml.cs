using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.College.Rules;

namespace Skipper.Web.Modules.Community.College.Catalogue;

/// <summary>/recoveryskole: the courses with sessions ahead, with free seats or "waiting list". Open to everyone.</summary>
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RecoveryskoleModel(CourseQuery query) : PageModel
{
    public IReadOnlyList<CourseSummary> Courses { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync()
    {
        Courses = await query.ListAsync(User);
        MayCreate = CourseKeeping.MayCreate(User);
    }
}
