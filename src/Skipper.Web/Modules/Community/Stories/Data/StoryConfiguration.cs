using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Stories.Data;

internal static class StoryLimits
{
    public const int Title = 200;
    public const int Text = 20_000;
    public const int Note = 500;
}

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.ToTable("CommunityStories");
        builder.HasKey(s => new { s.TenantId, s.Id });
        // The public list (published, newest first), the review queue, and each author's own list.
        builder.HasIndex(s => new { s.TenantId, s.Status, s.PublishedAt });
        builder.HasIndex(s => new { s.TenantId, s.AuthorId });
        builder.Property(s => s.Title).HasMaxLength(StoryLimits.Title);
        builder.Property(s => s.Text).HasMaxLength(StoryLimits.Text);
        builder.Property(s => s.ReviewNote).HasMaxLength(StoryLimits.Note);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AuthorRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        // A story belongs to its author's account and goes with it; the reviewer is only a reference.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.ReviewedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
