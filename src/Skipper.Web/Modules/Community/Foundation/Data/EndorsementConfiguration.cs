using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Foundation.Data;

internal static class EndorsementLimits
{
    public const int Name = 200;
    public const int Email = 256;
    public const int Message = 2000;
}

internal sealed class EndorsementRequestConfiguration : IEntityTypeConfiguration<EndorsementRequest>
{
    public void Configure(EntityTypeBuilder<EndorsementRequest> builder)
    {
        builder.ToTable("CommunityEndorsementRequests");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.HasIndex(e => new { e.TenantId, e.Status, e.DecidedAt });
        builder.Property(e => e.OrganisationName).HasMaxLength(EndorsementLimits.Name);
        builder.Property(e => e.ContactPerson).HasMaxLength(EndorsementLimits.Name);
        builder.Property(e => e.Email).HasMaxLength(EndorsementLimits.Email);
        builder.Property(e => e.Message).HasMaxLength(EndorsementLimits.Message);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.DecidedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
