using System.Security.Claims;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Community.College.Rules;

/// <summary>
/// Who keeps a course: employees keep the municipality's own courses, an offer provider keeps the courses it made
/// (its organisation's). Nobody edits another organisation's course.
/// </summary>
internal static class CourseKeeping
{
    public static bool MayKeep(bool isEmployee, bool isProvider, Guid? userId, Guid? courseProviderId) =>
        courseProviderId is null ? isEmployee : isProvider && userId == courseProviderId;

    public static bool MayKeep(ClaimsPrincipal user, Guid? courseProviderId) =>
        MayKeep(user.IsEmployee(), user.IsInRole(Roles.OfferProvider), user.UserId(), courseProviderId);

    /// <summary>Whether the user may make new courses at all (and so sees the keeping links).</summary>
    public static bool MayCreate(ClaimsPrincipal user) => user.IsEmployee() || user.IsInRole(Roles.OfferProvider);
}
