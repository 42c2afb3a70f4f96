using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.People;

namespace Skipper.Web.Modules.Plans.Data;

internal static class PlanLimits
{
    public const int LongText = 4000;
    public const int Title = 200;
    public const int WhoHelps = 200;
    public const int Step = 500;
}

internal static class AuthorshipMapping
{
    public static void Map(ComplexPropertyBuilder<Authorship> author)
    {
        author.Property(a => a.Name).HasMaxLength(200);
        author.Property(a => a.Role).HasMaxLength(40);
    }
}

internal sealed class PlanNotesConfiguration : IEntityTypeConfiguration<PlanNotes>
{
    public void Configure(EntityTypeBuilder<PlanNotes> builder)
    {
        builder.ToTable("PlanNotes");
        builder.HasKey(n => new { n.TenantId, n.PersonId });
        builder.Property(n => n.WhatMatters).HasMaxLength(PlanLimits.LongText);
        builder.Property(n => n.Dreams).HasMaxLength(PlanLimits.LongText);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.ComplexProperty(n => n.UpdatedBy, AuthorshipMapping.Map);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => new { n.TenantId, n.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("PlanGoals");
        builder.HasKey(g => new { g.TenantId, g.Id });
        builder.HasIndex(g => new { g.TenantId, g.PersonId });
        builder.Property(g => g.Title).HasMaxLength(PlanLimits.Title);
        builder.Property(g => g.Description).HasMaxLength(PlanLimits.LongText);
        builder.Property(g => g.WhoHelps).HasMaxLength(PlanLimits.WhoHelps);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.ComplexProperty(g => g.WrittenBy, AuthorshipMapping.Map);
        builder.Ignore(g => g.IsOwn);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => new { g.TenantId, g.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoalStepConfiguration : IEntityTypeConfiguration<GoalStep>
{
    public void Configure(EntityTypeBuilder<GoalStep> builder)
    {
        builder.ToTable("PlanGoalSteps");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.PersonId, s.GoalId });
        builder.Property(s => s.Text).HasMaxLength(PlanLimits.Step);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.ComplexProperty(s => s.WrittenBy, AuthorshipMapping.Map);
        builder.HasOne<Goal>().WithMany().HasForeignKey(s => new { s.TenantId, s.GoalId }).OnDelete(DeleteBehavior.Cascade);
    }
}
