using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.College.Enrolling;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.MyEnrolments;

/// <summary>/recoveryskole/mine: my enrolments, each with a button to leave; history below.</summary>
[Authorize(Policy = Policies.SignedIn)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MineModel(MyEnrolmentsQuery query, EnrolCommands commands, TimeProvider clock) : PageModel
{
    public IReadOnlyList<EnrolmentView> Ahead { get; private set; } = [];
    public IReadOnlyList<EnrolmentView> Earlier { get; private set; } = [];
    public Refusal? Refusal { get; private set; }

    public bool Left => Request.Query["avmeldt"] == "true";

    public async Task OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostCancelAsync(Guid courseId, Guid sessionId, Guid enrolmentId)
    {
        var outcome = await commands.CancelAsync(User, courseId, sessionId, enrolmentId, code: null);
        if (outcome.Succeeded)
        {
            return Redirect("/recoveryskole/mine?avmeldt=true");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        await ShowAsync();
        return Page();
    }

    private async Task ShowAsync()
    {
        var now = clock.GetUtcNow();
        var all = await query.ReadAsync(User.UserId()!.Value);
        Ahead = all.Where(e => e.StartsAt > now && e.Status != Data.EnrolmentStatus.Cancelled).ToList();
        Earlier = all.Except(Ahead).OrderByDescending(e => e.StartsAt).ToList();
    }
}
