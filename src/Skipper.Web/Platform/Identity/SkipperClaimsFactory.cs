using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Skipper.Web.Platform.Identity;

/// <summary>Puts tenant, department, display name and whether two-factor is on into the cookie and the bearer token.</summary>
internal sealed class SkipperClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SkipperClaims.Tenant, user.TenantId.ToString()));
        identity.AddClaim(new Claim(SkipperClaims.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(SkipperClaims.Department, department.ToString("D", CultureInfo.InvariantCulture)));
        }
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(SkipperClaims.TwoFactor, "on"));
        }
        return identity;
    }
}
