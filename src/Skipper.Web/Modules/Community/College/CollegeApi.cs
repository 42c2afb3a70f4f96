using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Community.College.Catalogue;
using Skipper.Web.Modules.Community.College.Enrolling;
using Skipper.Web.Modules.Community.College.Keeping;
using Skipper.Web.Modules.Community.College.MyEnrolments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College;

/// <summary>/api/v1/courses: the recovery college. Reading and (on open courses) enrolling need no sign-in.</summary>
internal static class CollegeApi
{
    public static void MapCollegeApi(this IEndpointRouteBuilder api)
    {
        var courses = api.MapGroup("/courses");

        courses.MapGet("", async (ClaimsPrincipal user, CourseQuery query) => TypedResults.Ok(await query.ListAsync(user)))
            .AllowAnonymous()
            .WithSummary("Courses with sessions ahead, soonest first, with free seats and the length of the waiting list.");

        courses.MapGet("/{id:guid}", async Task<Results<Ok<CourseView>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, CourseQuery query, IStringLocalizer<Texts> texts) =>
                await query.GetAsync(id, user) is { } course ? TypedResults.Ok(course) : EnrolCommands.NotFound.ToProblem(texts))
            .AllowAnonymous()
            .WithSummary("One course with its sessions ahead (its keepers also see those that are over).");

        courses.MapPost("/{id:guid}/sessions/{sessionId:guid}/enrolments", async (Guid id, Guid sessionId, EnrolRequest? request, ClaimsPrincipal user, HttpContext http, EnrolCommands command, IStringLocalizer<Texts> texts) =>
                (await command.EnrolAsync(user, id, sessionId, request, http.Connection.RemoteIpAddress)).ToCreated(texts))
            .AllowAnonymous()
            .WithSummary("Enrols: signed in, yourself (no body needed); anonymously on open courses, { name, email | phone }. Answers status enrolled or waiting with position, and for anonymous enrolments a cancelPath with a secret code. Twice gets 409; a flood of anonymous enrolments gets 429.");

        courses.MapDelete("/{id:guid}/sessions/{sessionId:guid}/enrolments/{enrolmentId:guid}", async (Guid id, Guid sessionId, Guid enrolmentId, string? code, ClaimsPrincipal user, EnrolCommands command, IStringLocalizer<Texts> texts) =>
                (await command.CancelAsync(user, id, sessionId, enrolmentId, code)).ToOk(texts))
            .AllowAnonymous()
            .WithSummary("Cancels your own enrolment (signed in), or an anonymous one with ?code=. The first on the waiting list gets the seat.");

        courses.MapPost("", async (CourseRequest? request, ClaimsPrincipal user, CourseCommands command, IStringLocalizer<Texts> texts) =>
                (await command.CreateAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(CollegeSetup.KeepCourses)
            .WithSummary("Offer providers and employees make a course: { title, description, peerTeacher, professionalTeacher, openToAll }.");

        courses.MapPut("/{id:guid}", async (Guid id, CourseRequest? request, ClaimsPrincipal user, CourseCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateAsync(user, id, request)).ToOk(texts))
            .RequireAuthorization(CollegeSetup.KeepCourses)
            .WithSummary("Edits a course you keep: the same fields and the version you started from; an old version gets 409.");

        courses.MapPost("/{id:guid}/sessions", async (Guid id, SessionRequest? request, ClaimsPrincipal user, SessionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.CreateAsync(user, id, request)).ToCreated(texts))
            .RequireAuthorization(CollegeSetup.KeepCourses)
            .WithSummary("Adds a session: { startsAt, endsAt, place, capacity }; times as \"2026-12-01T18:00\" (Norwegian time) or with an offset.");

        courses.MapPut("/{id:guid}/sessions/{sessionId:guid}", async (Guid id, Guid sessionId, SessionRequest? request, ClaimsPrincipal user, SessionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateAsync(user, id, sessionId, request)).ToOk(texts))
            .RequireAuthorization(CollegeSetup.KeepCourses)
            .WithSummary("Edits a session with its version. Capacity below the seats taken is refused; more seats go to the waiting list first.");

        api.MapGet("/me/enrolments", async (ClaimsPrincipal user, MyEnrolmentsQuery query) => TypedResults.Ok(await query.ReadAsync(user.UserId()!.Value)))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("My own enrolments, cancelled ones included, with my place on the waiting list.");
    }
}
