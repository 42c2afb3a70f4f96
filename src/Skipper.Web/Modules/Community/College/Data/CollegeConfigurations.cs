using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.College.Data;

internal static class CollegeLimits
{
    public const int Title = 200;
    public const int Description = 4000;
    public const int Name = 200;
    public const int Place = 300;
    public const int Email = 254;
    public const int Phone = 30;
    public const int Hash = 64;
    public const int MaxCapacity = 500;
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("CommunityCourses");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Title).HasMaxLength(CollegeLimits.Title);
        builder.Property(c => c.Description).HasMaxLength(CollegeLimits.Description);
        builder.Property(c => c.PeerTeacher).HasMaxLength(CollegeLimits.Name);
        builder.Property(c => c.ProfessionalTeacher).HasMaxLength(CollegeLimits.Name);
        builder.Property(c => c.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Organiser).HasMaxLength(CollegeLimits.Name);
        builder.Property(c => c.UpdatedBy).HasMaxLength(CollegeLimits.Name);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.TenantId, c.ProviderUserId });
        // The provider's account going leaves the course to the municipality.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ProviderUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> builder)
    {
        builder.ToTable("CommunityCourseSessions", t => t.HasCheckConstraint("CK_CommunityCourseSessions_Capacity", "\"Capacity\" > 0"));
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.StartsAt });
        builder.Property(s => s.Place).HasMaxLength(CollegeLimits.Place);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Course).WithMany(c => c.Sessions)
            .HasForeignKey(s => new { s.TenantId, s.CourseId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("CommunityEnrolments");
        builder.HasKey(e => new { e.TenantId, e.Id });
        // Twice in one session is refused by the rule; these make a double click that races the rule fail too.
        builder.HasIndex(e => new { e.TenantId, e.SessionId, e.AccountId }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.SessionId, e.ContactKey }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.SessionId, e.Number }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.AccountId });
        builder.Property(e => e.Name).HasMaxLength(CollegeLimits.Name);
        builder.Property(e => e.Email).HasMaxLength(CollegeLimits.Email);
        builder.Property(e => e.Phone).HasMaxLength(CollegeLimits.Phone);
        builder.Property(e => e.ContactKey).HasMaxLength(CollegeLimits.Email);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.CancelCodeHash).HasMaxLength(CollegeLimits.Hash);
        builder.HasOne(e => e.Session).WithMany(s => s.Enrolments)
            .HasForeignKey(e => new { e.TenantId, e.SessionId }).OnDelete(DeleteBehavior.Cascade);
        // An account that is deleted takes its enrolments with it: they are its personal data.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
