using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Modules.Community.Offers.Hours;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Catalogue;

/// <summary>One offer with its hours, for the public page, the API and the keeper's form.</summary>
public sealed class OfferQuery(AppDbContext db, TimeProvider clock)
{
    public static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Community.Offers.Error.NotFound");

    public async Task<Outcome<OfferView>> ReadAsync(Guid id, bool allExceptions = false)
    {
        var offer = await db.Set<Offer>().AsNoTracking().Include(o => o.Slots).Include(o => o.Exceptions)
            .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id);
        if (offer is null)
        {
            return NotFound;
        }
        var organisation = await db.Set<OfferOrganisation>().AsNoTracking().FirstAsync(g => g.Id == offer.OrganisationId);
        return View(offer, organisation, clock, allExceptions);
    }

    public static OfferView View(Offer offer, OfferOrganisation organisation, TimeProvider clock, bool allExceptions = false)
    {
        var local = clock.GetUtcNow().InNorway().DateTime;
        var today = DateOnly.FromDateTime(local);
        var hours = new OfferHours(
            offer.Slots.Select(s => new WeeklySlot(s.Day, s.From, s.To)).ToList(),
            offer.Exceptions.Select(e => new DayException(e.On, e.Closed, e.From, e.To)).ToList(),
            offer.StartsOn,
            offer.EndsOn);
        return OfferView.From(offer, organisation, today, StaleRule.IsStale(offer.LastCheckedOn, today), OpeningRule.IsOpenAt(hours, local), allExceptions);
    }
}
