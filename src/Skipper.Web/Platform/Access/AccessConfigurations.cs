using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Skipper.Web.Platform.Access;

internal sealed class CareRelationConfiguration : IEntityTypeConfiguration<CareRelation>
{
    public void Configure(EntityTypeBuilder<CareRelation> builder)
    {
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.PersonId });
        builder.HasIndex(r => new { r.TenantId, r.StaffUserId });
        builder.HasIndex(r => new { r.TenantId, r.DepartmentId });
    }
}

internal sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> builder)
    {
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.HasIndex(a => new { a.TenantId, a.StaffUserId, a.PersonId });
        builder.Property(a => a.Reason).HasMaxLength(1000);
    }
}

internal sealed class RelativeShareConfiguration : IEntityTypeConfiguration<RelativeShare>
{
    public void Configure(EntityTypeBuilder<RelativeShare> builder)
    {
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.RelativeUserId });
        builder.HasIndex(s => new { s.TenantId, s.PersonId });
        builder.Property(s => s.Scopes).HasMaxLength(500);
    }
}
