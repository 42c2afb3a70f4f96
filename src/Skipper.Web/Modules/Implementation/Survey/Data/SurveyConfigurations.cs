using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.Survey.Data;

internal static class SurveyLimits
{
    public const int Title = 200;
    public const int Intro = 2000;
    public const int WrittenWith = 200;
    public const int Question = 300;
    public const int Label = 60;
    public const int Answer = 2000;
    public const int Name = 200;
    public const int MaxQuestions = 15;
}

internal sealed class UserSurveyConfiguration : IEntityTypeConfiguration<UserSurvey>
{
    public void Configure(EntityTypeBuilder<UserSurvey> builder)
    {
        builder.ToTable("ImplementationSurveys");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.DepartmentId, s.State });
        builder.Property(s => s.Title).HasMaxLength(SurveyLimits.Title);
        builder.Property(s => s.Intro).HasMaxLength(SurveyLimits.Intro);
        builder.Property(s => s.WrittenWith).HasMaxLength(SurveyLimits.WrittenWith);
        builder.Property(s => s.CreatedBy).HasMaxLength(SurveyLimits.Name);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => new { q.TenantId, q.SurveyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => new { s.TenantId, s.DepartmentId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("ImplementationSurveyQuestions");
        builder.HasKey(q => new { q.TenantId, q.SurveyId, q.Number });
        builder.Property(q => q.Text).HasMaxLength(SurveyLimits.Question);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.LowLabel).HasMaxLength(SurveyLimits.Label);
        builder.Property(q => q.HighLabel).HasMaxLength(SurveyLimits.Label);
    }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.ToTable("ImplementationSurveyInvitations");
        builder.HasKey(i => new { i.TenantId, i.SurveyId, i.PersonId });
        builder.HasIndex(i => new { i.TenantId, i.PersonId });
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<UserSurvey>().WithMany().HasForeignKey(i => new { i.TenantId, i.SurveyId }).OnDelete(DeleteBehavior.Cascade);
        // The mark goes when the person goes; the anonymous answer stays, as it never named them.
        builder.HasOne<Person>().WithMany().HasForeignKey(i => new { i.TenantId, i.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("ImplementationSurveyResponses");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.SurveyId });
        builder.HasOne<UserSurvey>().WithMany().HasForeignKey(r => new { r.TenantId, r.SurveyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => new { i.TenantId, i.ResponseId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyResponseItemConfiguration : IEntityTypeConfiguration<SurveyResponseItem>
{
    public void Configure(EntityTypeBuilder<SurveyResponseItem> builder)
    {
        builder.ToTable("ImplementationSurveyResponseItems");
        builder.HasKey(i => new { i.TenantId, i.ResponseId, i.Number });
        builder.Property(i => i.Text).HasMaxLength(SurveyLimits.Answer);
    }
}
