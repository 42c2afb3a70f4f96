using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Keeping;

/// <summary>/recoveryskole/ny: an offer provider or an employee makes a course, then adds its sessions.</summary>
[Authorize(Policy = CollegeSetup.KeepCourses)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NyModel(CourseCommands commands) : PageModel
{
    public CourseRequest Typed { get; private set; } = new(null, null, null, null, true, 0);
    public Refusal? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? title, string? description, string? peerTeacher, string? professionalTeacher, bool openToAll)
    {
        Typed = new CourseRequest(title, description, peerTeacher, professionalTeacher, openToAll, 0);
        var outcome = await commands.CreateAsync(User, Typed);
        if (outcome.Succeeded)
        {
            return Redirect($"/recoveryskole/{outcome.Value.Id}/endre#new-session");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }
}
