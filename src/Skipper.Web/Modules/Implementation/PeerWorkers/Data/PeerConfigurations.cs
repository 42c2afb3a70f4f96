using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Data;

internal static class PeerLimits
{
    public const int Label = 200;
    public const int Name = 200;
}

internal sealed class PeerPositionConfiguration : IEntityTypeConfiguration<PeerPosition>
{
    public void Configure(EntityTypeBuilder<PeerPosition> builder)
    {
        builder.ToTable("ImplementationPeerPositions");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.HasIndex(p => new { p.TenantId, p.DepartmentId, p.StartOn });
        builder.Property(p => p.Percent).HasPrecision(5, 2);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Label).HasMaxLength(PeerLimits.Label);
        builder.Property(p => p.UpdatedBy).HasMaxLength(PeerLimits.Name);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Department>().WithMany().HasForeignKey(p => new { p.TenantId, p.DepartmentId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PeerTargetConfiguration : IEntityTypeConfiguration<PeerTargetRow>
{
    public void Configure(EntityTypeBuilder<PeerTargetRow> builder)
    {
        builder.ToTable("ImplementationPeerTargets");
        builder.HasKey(t => new { t.TenantId, t.Id });
        // One target per department and year; the section's (no department) is kept unique by the handler,
        // since PostgreSQL treats nulls in a unique index as distinct.
        builder.HasIndex(t => new { t.TenantId, t.DepartmentId, t.Year }).IsUnique();
        builder.Property(t => t.Fte).HasPrecision(7, 2);
        builder.Property(t => t.UpdatedBy).HasMaxLength(PeerLimits.Name);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Department>().WithMany().HasForeignKey(t => new { t.TenantId, t.DepartmentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
