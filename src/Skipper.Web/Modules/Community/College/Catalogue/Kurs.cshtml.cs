using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.College.Enrolling;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Catalogue;

/// <summary>
/// /recoveryskole/{id}: a course with its sessions and how to enrol: one button when signed in, name and e-mail or
/// phone on open courses otherwise. The answer is shown at once: enrolled, or number N on the waiting list.
/// </summary>
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class KursModel(CourseQuery query, EnrolCommands enrol) : PageModel
{
    public CourseView Course { get; private set; } = null!;
    public EnrolmentView? Result { get; private set; }
    public Refusal? Refusal { get; private set; }
    public Guid? FailedSession { get; private set; }
    public EnrolRequest? Typed { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id);

    public async Task<IActionResult> OnPostEnrolAsync(Guid id, Guid sessionId, string? name, string? email, string? phone)
    {
        var request = SignedIn ? null : new EnrolRequest(name, email, phone);
        var outcome = await enrol.EnrolAsync(User, id, sessionId, request, HttpContext.Connection.RemoteIpAddress);
        if (outcome.Succeeded)
        {
            Result = outcome.Value;
        }
        else
        {
            Refusal = outcome.Refusal;
            FailedSession = sessionId;
            Typed = request;
            Response.StatusCode = outcome.Refusal.Status;
        }
        return await ShowAsync(id);
    }

    public FieldError? ErrorFor(Guid sessionId, string field) => FailedSession == sessionId ? Refusal?.ErrorFor(field) : null;

    public string? TypedFor(Guid sessionId, Func<EnrolRequest, string?> field) => FailedSession == sessionId && Typed is not null ? field(Typed) : null;

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (await query.GetAsync(id, User) is not { } course)
        {
            return NotFound();
        }
        Course = course;
        return Page();
    }
}
