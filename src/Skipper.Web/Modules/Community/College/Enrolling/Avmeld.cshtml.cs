using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Enrolling;

/// <summary>
/// /recoveryskole/avmeld/{id}?kode=...: someone who enrolled without an account leaves by the link they were given.
/// Opening the link changes nothing; the button does.
/// </summary>
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AvmeldModel(EnrolCommands commands) : PageModel
{
    public EnrolmentView Enrolment { get; private set; } = null!;
    public string Code { get; private set; } = "";
    public bool Cancelled { get; private set; }
    public Refusal? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid enrolmentId, string? kode) => await ShowAsync(enrolmentId, kode);

    public async Task<IActionResult> OnPostAsync(Guid enrolmentId, string? kode)
    {
        if (await ShowAsync(enrolmentId, kode) is not PageResult)
        {
            return NotFound();
        }
        var outcome = await commands.CancelAsync(User, Enrolment.CourseId, Enrolment.SessionId, enrolmentId, kode);
        if (!outcome.Succeeded)
        {
            Refusal = outcome.Refusal;
            Response.StatusCode = outcome.Refusal.Status;
            return Page();
        }
        Enrolment = outcome.Value;
        Cancelled = true;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(Guid enrolmentId, string? code)
    {
        if (await commands.FindByCodeAsync(enrolmentId, code) is not { } enrolment)
        {
            return NotFound();
        }
        Enrolment = enrolment;
        Code = code!;
        return Page();
    }
}
