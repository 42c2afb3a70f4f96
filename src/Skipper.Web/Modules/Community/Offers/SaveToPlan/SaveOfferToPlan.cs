using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Modules.Plans;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.SaveToPlan;

/// <summary>What saving answered: Added is false when the offer was already in the plan.</summary>
public sealed record SavedToPlan(Guid OfferId, string Text, bool Added);

/// <summary>A person saves an offer to their plan as an external resource: its title, organisation and stable address.</summary>
public sealed class SaveOfferToPlan(AppDbContext db, IPlanResources plan)
{
    public async Task<Outcome<SavedToPlan>> SaveAsync(ClaimsPrincipal person, Guid offerId)
    {
        var offer = await (
            from o in db.Set<Offer>().AsNoTracking()
            join g in db.Set<OfferOrganisation>() on o.OrganisationId equals g.Id
            where o.Id == offerId
            select new { o.Title, Organisation = g.Name }).FirstOrDefaultAsync();
        if (offer is null)
        {
            return OfferQuery.NotFound;
        }
        // The stable address in the note tells the person where it came from and keeps two offers of one title apart.
        var note = $"{offer.Organisation}, {OfferPaths.Page(offerId)}";
        var text = $"{offer.Title} ({note})";
        return await plan.AddExternalAsync(person, offer.Title, note) switch
        {
            ExternalResourceSave.Added => new SavedToPlan(offerId, text, Added: true),
            ExternalResourceSave.AlreadySaved => new SavedToPlan(offerId, text, Added: false),
            _ => Refusal.Of(RefusalKind.NotFound, "Community.Offers.Error.NoPlan"),
        };
    }
}
