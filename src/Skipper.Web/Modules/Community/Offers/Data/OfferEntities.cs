using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Offers.Data;

/// <summary>Who runs an offer, as the catalogue's filter names it.</summary>
public enum ProviderType
{
    Municipality,
    UserOrganisation,
    Voluntary,
    SpecialistService,
}

/// <summary>What kind of offer it is (issue #7's list).</summary>
public enum OfferCategory
{
    ActivityAndCulture,
    PhysicalActivity,
    PeerSupport,
    Courses,
    WorkAndEducation,
    Housing,
    Treatment,
    ForRelatives,
}

/// <summary>How a person gets in: just turn up, get in touch yourself, or come with a referral.</summary>
public enum JoiningWay
{
    DropIn,
    SelfReferral,
    ReferralNeeded,
}

/// <summary>An organisation that provides offers: the municipality's own services, a user organisation, an NGO, a specialist service.</summary>
public sealed class OfferOrganisation : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public ProviderType Type { get; set; }
}

/// <summary>An offer-provider account keeps the offers of the one organisation it belongs to.</summary>
public sealed class OfferOrganisationMember : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid OrganisationId { get; set; }
}

/// <summary>One offer in the public catalogue. Slots and exceptions give its hours; Version guards two keepers editing at once.</summary>
public sealed class Offer : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public OfferCategory Category { get; set; }
    public string PlaceName { get; set; } = "";
    public string Address { get; set; } = "";
    public string Municipality { get; set; } = "";
    public string Schedule { get; set; } = "";
    public string Cost { get; set; } = "";
    public JoiningWay Joining { get; set; }
    public string Accessibility { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string Web { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DateOnly LastCheckedOn { get; set; }

    /// <summary>Title, description, organisation and place in lower case: one column for word search.</summary>
    public string SearchText { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
    public List<OfferSlot> Slots { get; set; } = [];
    public List<OfferException> Exceptions { get; set; } = [];
}

/// <summary>A weekly opening: every given weekday from one time to another, Norwegian time.</summary>
public sealed class OfferSlot : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
}

/// <summary>One date that differs from the week: closed (a holiday), or open other hours; the note says why.</summary>
public sealed class OfferException : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public DateOnly On { get; set; }
    public bool Closed { get; set; }
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }
    public string Note { get; set; } = "";
}
