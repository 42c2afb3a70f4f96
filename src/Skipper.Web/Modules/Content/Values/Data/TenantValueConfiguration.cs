using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Content.Values.Data;

internal sealed class TenantValueConfiguration : IEntityTypeConfiguration<TenantValue>
{
    public void Configure(EntityTypeBuilder<TenantValue> builder)
    {
        builder.ToTable("TenantValues");
        builder.HasKey(v => new { v.TenantId, v.Id });
        builder.Property(v => v.Name).HasMaxLength(TenantValue.MaxName);
        builder.Property(v => v.NameKey).HasMaxLength(TenantValue.MaxName);
        builder.HasIndex(v => new { v.TenantId, v.NameKey }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
