using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.Goals.Data;

internal static class GoalLimits
{
    public const int Title = 200;
    public const int Description = 4000;
    public const int Owner = 200;
    public const int Comment = 2000;
    public const int Name = 200;
    public const int Status = 20;
}

internal sealed class RecoveryGoalConfiguration : IEntityTypeConfiguration<RecoveryGoal>
{
    public void Configure(EntityTypeBuilder<RecoveryGoal> builder)
    {
        builder.ToTable("ImplementationGoals");
        builder.HasKey(g => new { g.TenantId, g.Id });
        builder.HasIndex(g => new { g.TenantId, g.DepartmentId });
        builder.Property(g => g.Title).HasMaxLength(GoalLimits.Title);
        builder.Property(g => g.Description).HasMaxLength(GoalLimits.Description);
        builder.Property(g => g.Owner).HasMaxLength(GoalLimits.Owner);
        builder.Property(g => g.Comment).HasMaxLength(GoalLimits.Comment);
        builder.Property(g => g.UpdatedByName).HasMaxLength(GoalLimits.Name);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(GoalLimits.Status);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne<Department>().WithMany().HasForeignKey(g => new { g.TenantId, g.DepartmentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(g => g.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecoveryGoalEntryConfiguration : IEntityTypeConfiguration<RecoveryGoalEntry>
{
    public void Configure(EntityTypeBuilder<RecoveryGoalEntry> builder)
    {
        builder.ToTable("ImplementationGoalEntries");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.HasIndex(e => new { e.TenantId, e.GoalId, e.At });
        builder.Property(e => e.ByName).HasMaxLength(GoalLimits.Name);
        builder.Property(e => e.Comment).HasMaxLength(GoalLimits.Comment);
        builder.Property(e => e.OldStatus).HasConversion<string>().HasMaxLength(GoalLimits.Status);
        builder.Property(e => e.NewStatus).HasConversion<string>().HasMaxLength(GoalLimits.Status);
        builder.HasOne<RecoveryGoal>().WithMany().HasForeignKey(e => new { e.TenantId, e.GoalId }).OnDelete(DeleteBehavior.Cascade);
        // The minutes keep the name as written; an account that goes leaves its name behind.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.ByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
