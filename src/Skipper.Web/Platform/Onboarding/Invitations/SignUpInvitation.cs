using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Onboarding.Invitations;

/// <summary>
/// A one-time link to choose a password for a new account. Only the SHA-256 of the token is stored, so the
/// database alone cannot be used to sign up; the administrator sees the token once, when it is made.
/// </summary>
public sealed class SignUpInvitation : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

internal sealed class SignUpInvitationConfiguration : IEntityTypeConfiguration<SignUpInvitation>
{
    public void Configure(EntityTypeBuilder<SignUpInvitation> builder)
    {
        builder.HasKey(i => new { i.TenantId, i.Id });
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
