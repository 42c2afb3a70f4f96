using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.College.Catalogue;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Keeping;

/// <summary>/recoveryskole/{id}/endre: the course's keeper edits it and its sessions, and adds sessions. One form each.</summary>
[Authorize(Policy = CollegeSetup.KeepCourses)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EndreModel(CourseQuery query, CourseCommands courses, SessionCommands sessions) : PageModel
{
    public CourseView Course { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }

    /// <summary>"course", "new" or a session's id: the form that was refused, which shows what was typed.</summary>
    public string? Failed { get; private set; }
    public CourseRequest? TypedCourse { get; private set; }
    public SessionRequest? TypedSession { get; private set; }

    public bool Saved => Request.Query["lagret"] == "true";

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id);

    public async Task<IActionResult> OnPostCourseAsync(Guid id, string? title, string? description, string? peerTeacher, string? professionalTeacher, bool openToAll, int? version)
    {
        TypedCourse = new CourseRequest(title, description, peerTeacher, professionalTeacher, openToAll, version);
        var (outcome, _) = await courses.UpdateAsync(User, id, TypedCourse);
        return await AfterAsync(id, outcome.Refusal, "course");
    }

    public async Task<IActionResult> OnPostSessionAsync(Guid id, Guid sessionId, string? startsAt, string? endsAt, string? place, int? capacity, int? version)
    {
        TypedSession = new SessionRequest(startsAt, endsAt, place, capacity, version);
        var (outcome, _) = await sessions.UpdateAsync(User, id, sessionId, TypedSession);
        return await AfterAsync(id, outcome.Refusal, sessionId.ToString("N"));
    }

    public async Task<IActionResult> OnPostNewSessionAsync(Guid id, string? startsAt, string? endsAt, string? place, int? capacity)
    {
        TypedSession = new SessionRequest(startsAt, endsAt, place, capacity, 0);
        var outcome = await sessions.CreateAsync(User, id, TypedSession);
        return await AfterAsync(id, outcome.Refusal, "new");
    }

    public CourseRequest CourseShown() =>
        Failed == "course" && !IsConflict && TypedCourse is not null
            ? TypedCourse
            : new CourseRequest(Course.Title, Course.Description, Course.PeerTeacher, Course.ProfessionalTeacher, Course.OpenToAll, Course.Version);

    public SessionRequest SessionShown(SessionView session) =>
        Failed == session.Id.ToString("N") && !IsConflict && TypedSession is not null
            ? TypedSession with { Version = session.Version }
            : new SessionRequest(SessionTimes.ForField(session.StartsAt), SessionTimes.ForField(session.EndsAt), session.Place, session.Capacity, session.Version);

    public SessionRequest NewShown() => Failed == "new" && TypedSession is not null ? TypedSession : new SessionRequest(null, null, null, 12, 0);

    public Refusal? RefusalFor(string form) => Failed == form ? Refusal : null;

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    private async Task<IActionResult> AfterAsync(Guid id, Refusal? refusal, string form)
    {
        if (refusal is null)
        {
            return Redirect($"/recoveryskole/{id}/endre?lagret=true");
        }
        if (refusal.Kind is RefusalKind.NotFound or RefusalKind.Forbidden)
        {
            return refusal.Kind == RefusalKind.NotFound ? NotFound() : Forbid();
        }
        Refusal = refusal;
        Failed = form;
        Response.StatusCode = refusal.Status;
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (await query.GetAsync(id, User) is not { } course)
        {
            return NotFound();
        }
        if (!course.MayKeep)
        {
            return Forbid();
        }
        Course = course;
        return Page();
    }
}
