using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Skipper.Web.Platform.Auditing;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => new { e.TenantId, e.Sequence });
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.HasIndex(e => new { e.TenantId, e.Id }).IsUnique();
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.ActorRole).HasMaxLength(50);
        builder.Property(e => e.Action).HasMaxLength(50);
        builder.Property(e => e.Resource).HasMaxLength(300);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}

internal sealed class AuditSubjectConfiguration : IEntityTypeConfiguration<AuditSubject>
{
    public void Configure(EntityTypeBuilder<AuditSubject> builder) =>
        builder.HasKey(s => new { s.TenantId, s.PersonId, s.Sequence });
}
