using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Offers.Data;

internal static class OfferLimits
{
    public const int Name = 200;
    public const int Title = 200;
    public const int Description = 4000;
    public const int Place = 200;
    public const int Address = 300;
    public const int Municipality = 100;
    public const int Schedule = 500;
    public const int Cost = 200;
    public const int Accessibility = 1000;
    public const int Phone = 40;
    public const int Email = 200;
    public const int Web = 300;
    public const int Note = 200;
    public const int SearchText = 6000;
    public const int Enum = 30;
    public const int Slots = 21;
    public const int Exceptions = 60;
}

internal sealed class OfferOrganisationConfiguration : IEntityTypeConfiguration<OfferOrganisation>
{
    public void Configure(EntityTypeBuilder<OfferOrganisation> builder)
    {
        builder.ToTable("CommunityOfferOrganisations");
        builder.HasKey(o => new { o.TenantId, o.Id });
        builder.Property(o => o.Name).HasMaxLength(OfferLimits.Name);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(OfferLimits.Enum);
        builder.HasIndex(o => new { o.TenantId, o.Name }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfferOrganisationMemberConfiguration : IEntityTypeConfiguration<OfferOrganisationMember>
{
    public void Configure(EntityTypeBuilder<OfferOrganisationMember> builder)
    {
        builder.ToTable("CommunityOfferOrganisationMembers");
        // One organisation per account: what the account keeps is never a choice it has to make.
        builder.HasKey(m => new { m.TenantId, m.UserId });
        builder.HasOne<OfferOrganisation>().WithMany().HasForeignKey(m => new { m.TenantId, m.OrganisationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("CommunityOffers");
        builder.HasKey(o => new { o.TenantId, o.Id });
        builder.HasIndex(o => new { o.TenantId, o.OrganisationId });
        builder.HasIndex(o => new { o.TenantId, o.Category });
        builder.Property(o => o.Title).HasMaxLength(OfferLimits.Title);
        builder.Property(o => o.Description).HasMaxLength(OfferLimits.Description);
        builder.Property(o => o.Category).HasConversion<string>().HasMaxLength(OfferLimits.Enum);
        builder.Property(o => o.PlaceName).HasMaxLength(OfferLimits.Place);
        builder.Property(o => o.Address).HasMaxLength(OfferLimits.Address);
        builder.Property(o => o.Municipality).HasMaxLength(OfferLimits.Municipality);
        builder.Property(o => o.Schedule).HasMaxLength(OfferLimits.Schedule);
        builder.Property(o => o.Cost).HasMaxLength(OfferLimits.Cost);
        builder.Property(o => o.Joining).HasConversion<string>().HasMaxLength(OfferLimits.Enum);
        builder.Property(o => o.Accessibility).HasMaxLength(OfferLimits.Accessibility);
        builder.Property(o => o.Phone).HasMaxLength(OfferLimits.Phone);
        builder.Property(o => o.Email).HasMaxLength(OfferLimits.Email);
        builder.Property(o => o.Web).HasMaxLength(OfferLimits.Web);
        builder.Property(o => o.SearchText).HasMaxLength(OfferLimits.SearchText);
        builder.Property(o => o.UpdatedBy).HasMaxLength(OfferLimits.Name);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<OfferOrganisation>().WithMany().HasForeignKey(o => new { o.TenantId, o.OrganisationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Slots).WithOne().HasForeignKey(s => new { s.TenantId, s.OfferId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Exceptions).WithOne().HasForeignKey(e => new { e.TenantId, e.OfferId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfferSlotConfiguration : IEntityTypeConfiguration<OfferSlot>
{
    public void Configure(EntityTypeBuilder<OfferSlot> builder)
    {
        builder.ToTable("CommunityOfferSlots");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.OfferId });
    }
}

internal sealed class OfferExceptionConfiguration : IEntityTypeConfiguration<OfferException>
{
    public void Configure(EntityTypeBuilder<OfferException> builder)
    {
        builder.ToTable("CommunityOfferExceptions");
        builder.HasKey(e => new { e.TenantId, e.Id });
        builder.HasIndex(e => new { e.TenantId, e.OfferId, e.On });
        builder.Property(e => e.Note).HasMaxLength(OfferLimits.Note);
    }
}
