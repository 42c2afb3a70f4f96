using System.Security.Claims;

namespace Skipper.Web.Platform.Identity;

public static class SkipperClaims
{
    public const string Tenant = "skipper:tenant";
    public const string Department = "skipper:department";
    public const string DisplayName = "skipper:name";

    /// <summary>Present when the account had two-factor on as this sign-in (or its last refresh) was made.</summary>
    public const string TwoFactor = "skipper:2fa";

    public static Guid? TenantId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(Tenant));

    public static Guid? DepartmentId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(Department));

    public static Guid? UserId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(ClaimTypes.NameIdentifier));

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(TwoFactor, "on");

    /// <summary>The role a user acts in, as audit events and authored entries name it.</summary>
    public static string PrimaryRole(this ClaimsPrincipal user) => Roles.All.FirstOrDefault(user.IsInRole) ?? "";

    public static bool IsEmployee(this ClaimsPrincipal user) => Roles.Employees.Any(user.IsInRole);

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
