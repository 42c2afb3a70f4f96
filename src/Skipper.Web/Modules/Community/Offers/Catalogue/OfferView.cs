using Skipper.Web.Modules.Community.Offers.Data;

namespace Skipper.Web.Modules.Community.Offers.Catalogue;

public sealed record OrganisationView(Guid Id, string Name, ProviderType Type);

public sealed record SlotView(DayOfWeek Day, TimeOnly From, TimeOnly To);

public sealed record ExceptionView(DateOnly Date, bool Closed, TimeOnly? From, TimeOnly? To, string Note);

/// <summary>Everything about one offer. Exceptions are the upcoming ones (from today); Stale when not checked for 6 months.</summary>
public sealed record OfferView(
    Guid Id,
    OrganisationView Organisation,
    string Title,
    string Description,
    OfferCategory Category,
    string PlaceName,
    string Address,
    string Municipality,
    string Schedule,
    IReadOnlyList<SlotView> Slots,
    IReadOnlyList<ExceptionView> Exceptions,
    string Cost,
    JoiningWay Joining,
    string Accessibility,
    string Phone,
    string Email,
    string Web,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateOnly LastCheckedOn,
    bool Stale,
    bool OpenNow,
    int Version)
{
    /// <summary>Monday first, as a Norwegian week is read.</summary>
    public static int WeekOrder(DayOfWeek day) => ((int)day + 6) % 7;

    public static OfferView From(Offer offer, OfferOrganisation organisation, DateOnly today, bool stale, bool openNow, bool allExceptions = false) => new(
        offer.Id,
        new OrganisationView(organisation.Id, organisation.Name, organisation.Type),
        offer.Title,
        offer.Description,
        offer.Category,
        offer.PlaceName,
        offer.Address,
        offer.Municipality,
        offer.Schedule,
        offer.Slots.OrderBy(s => WeekOrder(s.Day)).ThenBy(s => s.From).Select(s => new SlotView(s.Day, s.From, s.To)).ToList(),
        offer.Exceptions.Where(e => allExceptions || e.On >= today).OrderBy(e => e.On)
            .Select(e => new ExceptionView(e.On, e.Closed, e.From, e.To, e.Note)).ToList(),
        offer.Cost,
        offer.Joining,
        offer.Accessibility,
        offer.Phone,
        offer.Email,
        offer.Web,
        offer.StartsOn,
        offer.EndsOn,
        offer.LastCheckedOn,
        stale,
        openNow,
        offer.Version);
}
