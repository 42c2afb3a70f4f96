using Microsoft.AspNetCore.Identity;

namespace Skipper.Web.Platform.Identity;

/// <summary>
/// An account. E-mail is unique in the whole installation; the account belongs to one municipality.
/// Accounts are looked up across tenants at sign-in, so this table carries TenantId without a tenant filter.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid TenantId { get; set; }
    public Guid? DepartmentId { get; set; }
    public required string DisplayName { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
