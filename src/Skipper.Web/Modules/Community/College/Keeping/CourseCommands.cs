using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.College.Catalogue;
using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Rules;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Keeping;

/// <summary>Makes and edits courses. An offer provider's course carries its organisation's name; an employee's is the municipality's.</summary>
public sealed class CourseCommands(AppDbContext db, CourseQuery query, TimeProvider clock)
{
    public static Refusal NotYours => Refusal.Of(RefusalKind.Forbidden, "Community.College.Error.NotYours");

    public async Task<Outcome<CourseView>> CreateAsync(ClaimsPrincipal user, CourseRequest? request)
    {
        if (!CourseKeeping.MayCreate(user))
        {
            return NotYours;
        }
        var (fields, refusal) = Check(request, update: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var isProvider = user.IsInRole(Roles.OfferProvider);
        var now = clock.GetUtcNow();
        var course = new Course
        {
            Id = Guid.NewGuid(),
            Title = fields.Title,
            PeerTeacher = fields.PeerTeacher,
            ProfessionalTeacher = fields.ProfessionalTeacher,
            ProviderUserId = isProvider ? user.UserId() : null,
            Organiser = isProvider ? user.DisplayNameOf() : null,
            CreatedAt = now,
        };
        Apply(course, fields, user, now);
        db.Add(course);
        await db.SaveChangesAsync();
        return (await query.GetAsync(course.Id, user))!;
    }

    public async Task<(Outcome<CourseView> Outcome, CourseView? Current)> UpdateAsync(ClaimsPrincipal user, Guid id, CourseRequest? request)
    {
        var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Id == id);
        if (course is null)
        {
            return (CourseNotFound, null);
        }
        if (!CourseKeeping.MayKeep(user, course.ProviderUserId))
        {
            return (NotYours, null);
        }
        var (fields, refusal) = Check(request, update: true);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        if (course.Version != request!.Version)
        {
            return (InputRules.Conflict, await query.GetAsync(id, user));
        }
        Apply(course, fields, user, clock.GetUtcNow());
        course.Version++;
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, await query.GetAsync(id, user));
        }
        return ((await query.GetAsync(id, user))!, null);
    }

    internal static Refusal CourseNotFound => Refusal.Of(RefusalKind.NotFound, "Community.College.Error.NotFound");

    private sealed record Fields(string Title, string Description, string PeerTeacher, string ProfessionalTeacher, bool OpenToAll);

    private static (Fields Fields, Refusal? Refusal) Check(CourseRequest? request, bool update)
    {
        var errors = new List<FieldError>();
        var fields = new Fields(InputRules.Clean(request?.Title), InputRules.Clean(request?.Description),
            InputRules.Clean(request?.PeerTeacher), InputRules.Clean(request?.ProfessionalTeacher), request?.OpenToAll ?? false);
        InputRules.Required(errors, "title", fields.Title);
        InputRules.AtMost(errors, "title", fields.Title, CollegeLimits.Title);
        InputRules.AtMost(errors, "description", fields.Description, CollegeLimits.Description);
        InputRules.Required(errors, "peerTeacher", fields.PeerTeacher);
        InputRules.AtMost(errors, "peerTeacher", fields.PeerTeacher, CollegeLimits.Name);
        InputRules.Required(errors, "professionalTeacher", fields.ProfessionalTeacher);
        InputRules.AtMost(errors, "professionalTeacher", fields.ProfessionalTeacher, CollegeLimits.Name);
        if (update)
        {
            InputRules.Version(errors, request?.Version);
        }
        return (fields, errors.Count > 0 ? InputRules.Invalid(errors) : null);
    }

    private static void Apply(Course course, Fields fields, ClaimsPrincipal user, DateTimeOffset now)
    {
        course.Title = fields.Title;
        course.Description = fields.Description;
        course.PeerTeacher = fields.PeerTeacher;
        course.ProfessionalTeacher = fields.ProfessionalTeacher;
        course.Audience = fields.OpenToAll ? CourseAudience.Open : CourseAudience.SignedIn;
        course.UpdatedAt = now;
        course.UpdatedBy = user.DisplayNameOf();
    }
}
