using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Modules.Community.College.Catalogue;
using Skipper.Web.Modules.Community.College.Enrolling;
using Skipper.Web.Modules.Community.College.Keeping;
using Skipper.Web.Modules.Community.College.MyEnrolments;
using Skipper.Web.Platform.Export;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Community.College;

/// <summary>The recovery college (recoveryskole): courses, sessions, enrolment with a waiting list.</summary>
internal static class CollegeSetup
{
    /// <summary>Who keeps courses: offer providers and employees; which course each may edit is CourseKeeping's rule.</summary>
    public const string KeepCourses = "Community.College.KeepCourses";

    public static IServiceCollection AddCollege(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(options =>
            options.AddPolicy(KeepCourses, policy => policy.RequireRole([.. Roles.Employees, Roles.OfferProvider])));
        services.AddOptions<CollegeOptions>().BindConfiguration("Skipper:College");
        services.AddSingleton<AnonymousEnrolmentLimiter>();
        services.AddScoped<CourseQuery>();
        services.AddScoped<EnrolCommands>();
        services.AddScoped<CourseCommands>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<MyEnrolmentsQuery>();
        services.AddExportSection<EnrolmentsExportSection>();
        return services;
    }
}
