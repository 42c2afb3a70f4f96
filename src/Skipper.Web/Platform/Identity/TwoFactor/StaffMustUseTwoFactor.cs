using System.Security.Claims;

namespace Skipper.Web.Platform.Identity.TwoFactor;

/// <summary>
/// Employees see personal data, so outside demo mode they must sign in with a code as well as a password.
/// Everyone else may turn two-factor on. Demo mode leaves it optional, so demo accounts stay one click away.
/// </summary>
internal static class StaffMustUseTwoFactor
{
    public static bool AppliesTo(SkipperOptions options, ClaimsPrincipal user) => !options.DemoMode && user.IsEmployee();

    public static bool AppliesTo(SkipperOptions options, IEnumerable<string> roles) => !options.DemoMode && roles.Any(Roles.Employees.Contains);
}
