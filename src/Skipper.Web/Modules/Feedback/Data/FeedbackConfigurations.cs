using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Feedback.Data;

internal static class FeedbackLimits
{
    public const int Code = 100;
    public const int Url = 400;
    public const int Version = 50;
    public const int Name = 200;
    public const int Comment = 2000;

    /// <summary>A definition file larger than this is refused before it is parsed.</summary>
    public const int DefinitionBytes = 256 * 1024;
}

internal static class FeedbackOwned
{
    /// <summary>Feedback belongs to one person and goes when the person goes.</summary>
    public static void BelongsToPerson<T>(this EntityTypeBuilder<T> builder)
        where T : class, ITenantOwned =>
        builder.HasOne<Person>().WithMany().HasForeignKey("TenantId", "PersonId").OnDelete(DeleteBehavior.Cascade);
}

internal sealed class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> builder)
    {
        builder.ToTable("FeedbackInstruments");
        builder.HasKey(i => new { i.TenantId, i.Id });
        builder.HasIndex(i => new { i.TenantId, i.Code, i.Version }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.Url });
        builder.Property(i => i.Code).HasMaxLength(FeedbackLimits.Code);
        builder.Property(i => i.Url).HasMaxLength(FeedbackLimits.Url);
        builder.Property(i => i.Version).HasMaxLength(FeedbackLimits.Version);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.UploadedBy).HasMaxLength(FeedbackLimits.Name);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackEpisodeConfiguration : IEntityTypeConfiguration<FeedbackEpisode>
{
    public void Configure(EntityTypeBuilder<FeedbackEpisode> builder)
    {
        builder.ToTable("FeedbackEpisodes");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.HasIndex(e => new { e.TenantId, e.PersonId, e.Number }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.EndedOn });
        builder.Property(e => e.StartedBy).HasMaxLength(FeedbackLimits.Name);
        builder.Property(e => e.EndedBy).HasMaxLength(FeedbackLimits.Name);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.BelongsToPerson();
    }
}

internal sealed class FeedbackSessionConfiguration : IEntityTypeConfiguration<FeedbackSession>
{
    public void Configure(EntityTypeBuilder<FeedbackSession> builder)
    {
        builder.ToTable("FeedbackSessions");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.EpisodeId, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.PersonId });
        builder.Property(s => s.StartedBy).HasMaxLength(FeedbackLimits.Name);
        builder.HasOne<FeedbackEpisode>().WithMany().HasForeignKey(s => new { s.TenantId, s.EpisodeId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.ToTable("FeedbackResponses");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.PersonId, r.Date });
        // The leaders' dashboards count one kind of answer over a range of days.
        builder.HasIndex(r => new { r.TenantId, r.Kind, r.Date });
        // One form of each instrument per session: a second submit (or a double click) is refused by the database too.
        builder.HasIndex(r => new { r.TenantId, r.SessionId, r.InstrumentCode }).IsUnique();
        builder.Property(r => r.InstrumentCode).HasMaxLength(FeedbackLimits.Code);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Via).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.EnteredBy).HasMaxLength(FeedbackLimits.Name);
        builder.Property(r => r.Signals).HasMaxLength(400);
        builder.Property(r => r.Comment).HasMaxLength(FeedbackLimits.Comment);
        builder.HasOne<FeedbackEpisode>().WithMany().HasForeignKey(r => new { r.TenantId, r.EpisodeId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackStatusConfiguration : IEntityTypeConfiguration<FeedbackStatus>
{
    public void Configure(EntityTypeBuilder<FeedbackStatus> builder)
    {
        builder.ToTable("FeedbackStatus");
        builder.HasKey(s => new { s.TenantId, s.PersonId });
        builder.Property(s => s.Signals).HasMaxLength(400);
        builder.BelongsToPerson();
    }
}

internal sealed class ExpectedTrajectoryConfiguration : IEntityTypeConfiguration<ExpectedTrajectory>
{
    public void Configure(EntityTypeBuilder<ExpectedTrajectory> builder)
    {
        builder.ToTable("FeedbackTrajectories");
        builder.HasKey(t => new { t.TenantId, t.InstrumentCode, t.Version });
        builder.Property(t => t.InstrumentCode).HasMaxLength(FeedbackLimits.Code);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
