using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.SelfAssessment.Data;

internal static class SelfAssessmentLimits
{
    public const int StatementKey = 40;
    public const int Comment = 1000;
    public const int Name = 200;
}

internal sealed class DepartmentSelfAssessmentConfiguration : IEntityTypeConfiguration<DepartmentSelfAssessment>
{
    public void Configure(EntityTypeBuilder<DepartmentSelfAssessment> builder)
    {
        builder.ToTable("ImplementationSelfAssessments");
        builder.HasKey(a => new { a.TenantId, a.Id });
        builder.HasIndex(a => new { a.TenantId, a.DepartmentId, a.Year, a.Half }).IsUnique();
        builder.Property(a => a.CreatedByName).HasMaxLength(SelfAssessmentLimits.Name);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey(a => new { a.TenantId, a.AssessmentId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(a => new { a.TenantId, a.DepartmentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SelfAssessmentAnswerConfiguration : IEntityTypeConfiguration<SelfAssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentAnswer> builder)
    {
        builder.ToTable("ImplementationSelfAssessmentAnswers");
        builder.HasKey(a => new { a.TenantId, a.AssessmentId, a.StatementKey });
        builder.Property(a => a.StatementKey).HasMaxLength(SelfAssessmentLimits.StatementKey);
        builder.Property(a => a.Comment).HasMaxLength(SelfAssessmentLimits.Comment);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
