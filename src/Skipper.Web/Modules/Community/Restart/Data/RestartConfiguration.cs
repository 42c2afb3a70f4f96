using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Restart.Data;

internal static class RestartLimits
{
    public const int Message = 1000;
    public const int Name = 200;
}

internal sealed class RestartRequestConfiguration : IEntityTypeConfiguration<RestartRequest>
{
    public void Configure(EntityTypeBuilder<RestartRequest> builder)
    {
        builder.ToTable("CommunityRestartRequests");
        builder.HasKey(r => new { r.TenantId, r.Id });
        // At most one request waiting for its first contact per ended episode: a double click stores one.
        builder.HasIndex(r => new { r.TenantId, r.PersonId, r.EndedEpisodeId }).IsUnique().HasFilter("\"FirstContactAt\" IS NULL");
        builder.HasIndex(r => new { r.TenantId, r.PersonId, r.RequestedAt });
        builder.HasIndex(r => new { r.TenantId, r.DepartmentId, r.RequestedAt });
        builder.Property(r => r.Message).HasMaxLength(RestartLimits.Message);
        builder.Property(r => r.FirstContactKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.HandledBy).HasMaxLength(RestartLimits.Name);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.HasContact);
        // The person's request goes when the person goes; a department with requests is not removed under them.
        builder.HasOne<Person>().WithMany().HasForeignKey(r => new { r.TenantId, r.PersonId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => new { r.TenantId, r.DepartmentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.HandledByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
