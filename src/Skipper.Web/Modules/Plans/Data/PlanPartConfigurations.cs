using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.People;

namespace Skipper.Web.Modules.Plans.Data;

internal static class PersonOwned
{
    /// <summary>Every plan part belongs to one person and goes when the person goes.</summary>
    public static void BelongsToPerson<T>(this EntityTypeBuilder<T> builder)
        where T : class, Platform.Tenancy.ITenantOwned =>
        builder.HasOne<Person>().WithMany().HasForeignKey("TenantId", "PersonId").OnDelete(DeleteBehavior.Cascade);
}

internal sealed class PlanResourceConfiguration : IEntityTypeConfiguration<PlanResource>
{
    public void Configure(EntityTypeBuilder<PlanResource> builder)
    {
        builder.ToTable("PlanResources");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.PersonId });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(PlanLimits.Step);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.ComplexProperty(r => r.WrittenBy, AuthorshipMapping.Map);
        builder.BelongsToPerson();
    }
}

internal sealed class PlanValuesConfiguration : IEntityTypeConfiguration<PlanValues>
{
    public void Configure(EntityTypeBuilder<PlanValues> builder)
    {
        builder.ToTable("PlanValues");
        builder.HasKey(v => new { v.TenantId, v.PersonId });
        builder.PrimitiveCollection(v => v.Chosen);
        builder.PrimitiveCollection(v => v.Kept);
        builder.Property(v => v.Reflection).HasMaxLength(PlanLimits.LongText);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.ComplexProperty(v => v.UpdatedBy, AuthorshipMapping.Map);
        builder.BelongsToPerson();
    }
}

internal sealed class ChimeNoteConfiguration : IEntityTypeConfiguration<ChimeNote>
{
    public void Configure(EntityTypeBuilder<ChimeNote> builder)
    {
        builder.ToTable("PlanChimeNotes");
        builder.HasKey(n => new { n.TenantId, n.PersonId, n.Element });
        builder.Property(n => n.Element).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Text).HasMaxLength(PlanLimits.LongText);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.ComplexProperty(n => n.UpdatedBy, AuthorshipMapping.Map);
        builder.BelongsToPerson();
    }
}

internal sealed class ChimeRatingConfiguration : IEntityTypeConfiguration<ChimeRating>
{
    public void Configure(EntityTypeBuilder<ChimeRating> builder)
    {
        builder.ToTable("PlanChimeRatings");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.PersonId, r.RatedAt });
        builder.Property(r => r.Element).HasConversion<string>().HasMaxLength(20);
        builder.BelongsToPerson();
    }
}

internal sealed class WarningSignsConfiguration : IEntityTypeConfiguration<WarningSigns>
{
    public void Configure(EntityTypeBuilder<WarningSigns> builder)
    {
        builder.ToTable("PlanWarningSigns");
        builder.HasKey(w => new { w.TenantId, w.PersonId });
        builder.Property(w => w.EarlySigns).HasMaxLength(PlanLimits.LongText);
        builder.Property(w => w.WhatIDo).HasMaxLength(PlanLimits.LongText);
        builder.Property(w => w.WhatOthersDo).HasMaxLength(PlanLimits.LongText);
        builder.Property(w => w.WhoToCall).HasMaxLength(PlanLimits.LongText);
        builder.Property(w => w.CrisisNumbers).HasMaxLength(PlanLimits.LongText);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.ComplexProperty(w => w.UpdatedBy, AuthorshipMapping.Map);
        builder.BelongsToPerson();
    }
}

internal sealed class PlanMeetingConfiguration : IEntityTypeConfiguration<PlanMeeting>
{
    public void Configure(EntityTypeBuilder<PlanMeeting> builder)
    {
        builder.ToTable("PlanMeetings");
        builder.HasKey(m => new { m.TenantId, m.Id });
        builder.HasIndex(m => new { m.TenantId, m.PersonId, m.Date });
        // The leaders' dashboards count a range of days.
        builder.HasIndex(m => new { m.TenantId, m.Date });
        builder.Property(m => m.Participants).HasMaxLength(PlanLimits.Step);
        builder.Property(m => m.Agreed).HasMaxLength(PlanLimits.LongText);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.ComplexProperty(m => m.WrittenBy, AuthorshipMapping.Map);
        builder.BelongsToPerson();
    }
}

internal sealed class SharedDecisionConfiguration : IEntityTypeConfiguration<SharedDecision>
{
    public void Configure(EntityTypeBuilder<SharedDecision> builder)
    {
        builder.ToTable("PlanDecisions");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.HasIndex(d => new { d.TenantId, d.PersonId });
        builder.Property(d => d.Question).HasMaxLength(PlanLimits.Step);
        builder.Property(d => d.Options).HasMaxLength(PlanLimits.LongText);
        builder.Property(d => d.WhatMattersToMe).HasMaxLength(PlanLimits.LongText);
        builder.Property(d => d.Choice).HasMaxLength(PlanLimits.LongText);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.ComplexProperty(d => d.WrittenBy, AuthorshipMapping.Map);
        builder.BelongsToPerson();
    }
}

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> builder)
    {
        builder.ToTable("PlanActivity");
        builder.HasKey(a => new { a.TenantId, a.PersonId });
        builder.Property(a => a.LastChangedBy).HasMaxLength(200);
        builder.BelongsToPerson();
    }
}
