using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Data;

internal static class GuideLimits
{
    public const int Slug = 80;
    public const int Title = 200;
    public const int Markdown = 40_000;
    public const int StrategyKey = 60;
    public const int ValueName = 100;
    public const int LongText = 4000;
    public const int CardText = 600;
    public const int Note = 1000;
    public const int Name = 200;
}

internal static class GuideOwned
{
    /// <summary>An employee's private answers go when the account goes.</summary>
    public static void BelongsToAccount<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, object?>> userId)
        where T : class =>
        builder.HasOne<AppUser>().WithMany().HasForeignKey(userId).OnDelete(DeleteBehavior.Cascade);

    public static void InDepartment<T>(this EntityTypeBuilder<T> builder, string departmentId)
        where T : class, ITenantOwned =>
        builder.HasOne<Department>().WithMany().HasForeignKey("TenantId", departmentId).OnDelete(DeleteBehavior.Restrict);

    public static void InTenant<T>(this EntityTypeBuilder<T> builder)
        where T : class, ITenantOwned =>
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class GuidePageConfiguration : IEntityTypeConfiguration<GuidePage>
{
    public void Configure(EntityTypeBuilder<GuidePage> builder)
    {
        builder.ToTable("GuidePages");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.HasIndex(p => new { p.TenantId, p.Slug, p.Culture }).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(GuideLimits.Slug);
        builder.Property(p => p.Culture).HasMaxLength(10);
        builder.Property(p => p.Title).HasMaxLength(GuideLimits.Title);
        builder.Property(p => p.Markdown).HasMaxLength(GuideLimits.Markdown);
        builder.Property(p => p.UpdatedBy).HasMaxLength(GuideLimits.Name);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.InTenant();
    }
}

internal sealed class StrategyMarkConfiguration : IEntityTypeConfiguration<StrategyMark>
{
    public void Configure(EntityTypeBuilder<StrategyMark> builder)
    {
        builder.ToTable("GuideStrategyMarks");
        builder.HasKey(m => new { m.TenantId, m.UserId, m.StrategyKey });
        builder.Property(m => m.StrategyKey).HasMaxLength(GuideLimits.StrategyKey);
        builder.BelongsToAccount(m => m.UserId);
        builder.InTenant();
    }
}

internal sealed class ValuesExerciseRoundConfiguration : IEntityTypeConfiguration<ValuesExerciseRound>
{
    public void Configure(EntityTypeBuilder<ValuesExerciseRound> builder)
    {
        builder.ToTable("GuideValuesRounds");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.UserId, r.Number }).IsUnique();
        builder.PrimitiveCollection(r => r.Chosen);
        builder.PrimitiveCollection(r => r.Kept);
        builder.Property(r => r.Reflection).HasMaxLength(GuideLimits.LongText);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.BelongsToAccount(r => r.UserId);
        builder.InTenant();
    }
}

internal sealed class ChimeExerciseConfiguration : IEntityTypeConfiguration<ChimeExercise>
{
    public void Configure(EntityTypeBuilder<ChimeExercise> builder)
    {
        builder.ToTable("GuideChimeExercises");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.UserId }).IsUnique();
        builder.Property(c => c.Connectedness).HasMaxLength(GuideLimits.LongText);
        builder.Property(c => c.Hope).HasMaxLength(GuideLimits.LongText);
        builder.Property(c => c.Identity).HasMaxLength(GuideLimits.LongText);
        builder.Property(c => c.Meaning).HasMaxLength(GuideLimits.LongText);
        builder.Property(c => c.Empowerment).HasMaxLength(GuideLimits.LongText);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.BelongsToAccount(c => c.UserId);
        builder.InTenant();
    }
}

internal sealed class ReflectionCardConfiguration : IEntityTypeConfiguration<ReflectionCard>
{
    public void Configure(EntityTypeBuilder<ReflectionCard> builder)
    {
        builder.ToTable("GuideReflectionCards");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        builder.Property(c => c.Text).HasMaxLength(GuideLimits.CardText);
        builder.Property(c => c.TextEn).HasMaxLength(GuideLimits.CardText);
        builder.Property(c => c.CreatedBy).HasMaxLength(GuideLimits.Name);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.InDepartment(nameof(ReflectionCard.DepartmentId));
        builder.InTenant();
    }
}

internal sealed class ReflectionSessionConfiguration : IEntityTypeConfiguration<ReflectionSession>
{
    public void Configure(EntityTypeBuilder<ReflectionSession> builder)
    {
        builder.ToTable("GuideReflectionSessions");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.DepartmentId, s.HeldOn });
        builder.HasIndex(s => new { s.TenantId, s.CardId });
        builder.HasIndex(s => new { s.TenantId, s.LoggedBy, s.HeldOn });
        builder.Property(s => s.Note).HasMaxLength(GuideLimits.Note);
        builder.HasOne<ReflectionCard>().WithMany().HasForeignKey(s => new { s.TenantId, s.CardId }).OnDelete(DeleteBehavior.Restrict);
        builder.InDepartment(nameof(ReflectionSession.DepartmentId));
        builder.InTenant();
    }
}

internal sealed class EthicsReflectionConfiguration : IEntityTypeConfiguration<EthicsReflection>
{
    public void Configure(EntityTypeBuilder<EthicsReflection> builder)
    {
        builder.ToTable("GuideEthicsReflections");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.HasIndex(e => new { e.TenantId, e.DepartmentId, e.CreatedAt });
        builder.HasIndex(e => new { e.TenantId, e.CreatedBy });
        builder.Property(e => e.Title).HasMaxLength(GuideLimits.Title);
        builder.Property(e => e.Problem).HasMaxLength(GuideLimits.LongText);
        builder.Property(e => e.Involved).HasMaxLength(GuideLimits.LongText);
        builder.Property(e => e.ValuesAndRules).HasMaxLength(GuideLimits.LongText);
        builder.Property(e => e.Options).HasMaxLength(GuideLimits.LongText);
        builder.Property(e => e.Choice).HasMaxLength(GuideLimits.LongText);
        builder.Property(e => e.Reasons).HasMaxLength(GuideLimits.LongText);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.InDepartment(nameof(EthicsReflection.DepartmentId));
        builder.InTenant();
    }
}

internal sealed class ContactGatheringConfiguration : IEntityTypeConfiguration<ContactGathering>
{
    public void Configure(EntityTypeBuilder<ContactGathering> builder)
    {
        builder.ToTable("GuideContactGatherings");
        builder.HasKey(g => new { g.TenantId, g.Id });
        builder.HasIndex(g => new { g.TenantId, g.HeldOn });
        builder.Property(g => g.Agenda).HasMaxLength(GuideLimits.LongText);
        builder.Property(g => g.Notes).HasMaxLength(GuideLimits.LongText);
        builder.PrimitiveCollection(g => g.Attendees);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.InTenant();
    }
}
