using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Community.Offers.Demo;

/// <summary>A demo offer: its organisation by name, and hours as (day, "HH:mm", "HH:mm").</summary>
internal sealed record DemoOffer(
    string Organisation, string Title, string Description, OfferCategory Category, string Place, string Address, string Schedule,
    (DayOfWeek Day, string From, string To)[] Slots, string Cost, JoiningWay Joining, string Accessibility, string Phone, string Email,
    int MonthsSinceChecked = 0, int? StartsInDays = null, int? LastsDays = null);

/// <summary>
/// The demo catalogue: offers across every category and every kind of provider, written by us. The offer-provider
/// account belongs to the user organisation; one of its offers was last checked seven months ago.
/// </summary>
internal static class OffersDemo
{
    public static void Add(AppDbContext db, Guid tenantId, string municipality, Guid? offerProviderId, DateTimeOffset now, bool neighbour)
    {
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var (organisations, providerOrganisation, offers) = neighbour ? OffersDemoData.Neighbour(municipality) : OffersDemoData.Demo(municipality);
        var byName = organisations.ToDictionary(
            o => o.Name,
            o => new OfferOrganisation { TenantId = tenantId, Id = Guid.NewGuid(), Name = o.Name, Type = o.Type });
        db.AddRange(byName.Values);
        if (offerProviderId is { } userId)
        {
            db.Add(new OfferOrganisationMember { TenantId = tenantId, UserId = userId, OrganisationId = byName[providerOrganisation].Id });
        }
        foreach (var demo in offers)
        {
            var organisation = byName[demo.Organisation];
            var offer = new Offer
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                OrganisationId = organisation.Id,
                Title = demo.Title,
                Description = demo.Description,
                Category = demo.Category,
                PlaceName = demo.Place,
                Address = demo.Address,
                Municipality = municipality,
                Schedule = demo.Schedule,
                Cost = demo.Cost,
                Joining = demo.Joining,
                Accessibility = demo.Accessibility,
                Phone = demo.Phone,
                Email = demo.Email,
                StartsOn = demo.StartsInDays is { } starts ? today.AddDays(starts) : null,
                EndsOn = demo.StartsInDays is { } first && demo.LastsDays is { } days ? today.AddDays(first + days) : null,
                LastCheckedOn = today.AddMonths(-demo.MonthsSinceChecked).AddDays(demo.MonthsSinceChecked == 0 ? -3 : 0),
                SearchText = SearchWords.Haystack(demo.Title, demo.Description, organisation.Name, demo.Place, demo.Address, municipality),
                UpdatedAt = now,
                UpdatedBy = organisation.Name,
                Version = 1,
            };
            foreach (var (day, from, to) in demo.Slots)
            {
                offer.Slots.Add(new OfferSlot { TenantId = tenantId, Id = Guid.NewGuid(), OfferId = offer.Id, Day = day, From = TimeOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), To = TimeOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture) });
            }
            db.Add(offer);
            if (demo.Title.StartsWith("Aktivitetshuset", StringComparison.Ordinal))
            {
                AddHolidays(offer, today);
            }
        }
    }

    /// <summary>The activity house is closed on Christmas Eve and has a planning day soon.</summary>
    private static void AddHolidays(Offer offer, DateOnly today)
    {
        var christmasEve = new DateOnly(today.Year, 12, 24);
        if (christmasEve < today)
        {
            christmasEve = christmasEve.AddYears(1);
        }
        offer.Exceptions.Add(new OfferException { TenantId = offer.TenantId, Id = Guid.NewGuid(), OfferId = offer.Id, On = christmasEve, Closed = true, Note = "Julaften – stengt" });
        var planning = today.AddDays(12);
        while (planning.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            planning = planning.AddDays(1);
        }
        if (planning != christmasEve)
        {
            offer.Exceptions.Add(new OfferException
            {
                TenantId = offer.TenantId, Id = Guid.NewGuid(), OfferId = offer.Id, On = planning, Closed = false,
                From = new TimeOnly(12, 0), To = new TimeOnly(15, 0), Note = "Personalmøte om formiddagen, åpner klokka 12",
            });
        }
    }
}
