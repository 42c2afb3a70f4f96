using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>Keepers add and change their organisation's offers and say they checked them today. Saving counts as checking.</summary>
public sealed class OfferCommands(AppDbContext db, OfferKeepers keepers, TimeProvider clock)
{
    public static Refusal NotYours => Refusal.Of(RefusalKind.Forbidden, "Community.Offers.Error.NotYours");

    public async Task<Outcome<OfferView>> CreateAsync(ClaimsPrincipal user, OfferRequest? request)
    {
        var mine = await keepers.OrganisationsOfAsync(user);
        var (input, refusal) = OfferInput.Check(request, needsVersion: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var organisation = request!.OrganisationId is { } chosen
            ? mine.FirstOrDefault(g => g.Id == chosen)
            : mine.Count == 1 ? mine[0] : null;
        if (organisation is null)
        {
            return request.OrganisationId is null && mine.Count > 1
                ? InputRules.Invalid([new FieldError("organisationId", "Community.Offers.Error.Organisation")])
                : NotYours;
        }
        // The rows carry the tenant of the organisation (read through the tenant filter): children share it in their keys.
        var offer = new Offer { TenantId = organisation.TenantId, Id = Guid.NewGuid(), Title = input!.Title, Version = 1 };
        Apply(offer, input, organisation, user);
        db.Add(offer);
        await db.SaveChangesAsync();
        return OfferQuery.View(offer, organisation, clock);
    }

    /// <summary>Every field, the hours included, from the version the keeper started from; an older version gets 409 and the newer offer.</summary>
    public async Task<(Outcome<OfferView> Outcome, OfferView? Current)> UpdateAsync(ClaimsPrincipal user, Guid id, OfferRequest? request)
    {
        var (offer, organisation, mine, refusal) = await OpenAsync(user, id);
        if (refusal is not null)
        {
            return (refusal, null);
        }
        var (input, invalid) = OfferInput.Check(request, needsVersion: true);
        if (invalid is not null)
        {
            return (invalid, null);
        }
        if (request!.OrganisationId is { } moveTo && moveTo != offer!.OrganisationId)
        {
            organisation = mine.FirstOrDefault(g => g.Id == moveTo);
            if (organisation is null)
            {
                return (NotYours, null);
            }
        }
        if (offer!.Version != request.Version)
        {
            return (InputRules.Conflict, OfferQuery.View(offer, organisation!, clock, allExceptions: true));
        }
        db.RemoveRange(offer.Slots);
        db.RemoveRange(offer.Exceptions);
        offer.Slots.Clear();
        offer.Exceptions.Clear();
        Apply(offer, input!, organisation!, user);
        offer.Version++;
        if (!await db.TrySaveAsync())
        {
            var current = await new OfferQuery(db, clock).ReadAsync(id, allExceptions: true);
            return (InputRules.Conflict, current.Value);
        }
        return (OfferQuery.View(offer, organisation!, clock), null);
    }

    /// <summary>"Checked today": the keeper looked and it is still right. Not a change of content, so no version is needed.</summary>
    public async Task<Outcome<OfferView>> MarkCheckedAsync(ClaimsPrincipal user, Guid id)
    {
        var (offer, organisation, _, refusal) = await OpenAsync(user, id);
        if (refusal is not null)
        {
            return refusal;
        }
        offer!.LastCheckedOn = Today();
        await db.SaveChangesAsync();
        return OfferQuery.View(offer, organisation!, clock);
    }

    private async Task<(Offer? Offer, OfferOrganisation? Organisation, IReadOnlyList<OfferOrganisation> Mine, Refusal? Refusal)> OpenAsync(ClaimsPrincipal user, Guid id)
    {
        var offer = await db.Set<Offer>().Include(o => o.Slots).Include(o => o.Exceptions).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id);
        if (offer is null)
        {
            return (null, null, [], OfferQuery.NotFound);
        }
        var mine = await keepers.OrganisationsOfAsync(user);
        var organisation = mine.FirstOrDefault(g => g.Id == offer.OrganisationId);
        return organisation is null ? (null, null, mine, NotYours) : (offer, organisation, mine, null);
    }

    private void Apply(Offer offer, CheckedOffer input, OfferOrganisation organisation, ClaimsPrincipal user)
    {
        offer.OrganisationId = organisation.Id;
        offer.Title = input.Title;
        offer.Description = input.Description;
        offer.Category = input.Category;
        offer.PlaceName = input.PlaceName;
        offer.Address = input.Address;
        offer.Municipality = input.Municipality;
        offer.Schedule = input.Schedule;
        offer.Cost = input.Cost;
        offer.Joining = input.Joining;
        offer.Accessibility = input.Accessibility;
        offer.Phone = input.Phone;
        offer.Email = input.Email;
        offer.Web = input.Web;
        offer.StartsOn = input.StartsOn;
        offer.EndsOn = input.EndsOn;
        offer.LastCheckedOn = Today();
        offer.UpdatedAt = clock.GetUtcNow();
        offer.UpdatedBy = user.DisplayNameOf();
        offer.SearchText = SearchWords.Haystack(input.Title, input.Description, organisation.Name, input.PlaceName, input.Address, input.Municipality);
        foreach (var (day, from, to) in input.Slots)
        {
            offer.Slots.Add(new OfferSlot { TenantId = offer.TenantId, Id = Guid.NewGuid(), OfferId = offer.Id, Day = day, From = from, To = to });
        }
        foreach (var (on, closed, from, to, note) in input.Exceptions)
        {
            offer.Exceptions.Add(new OfferException { TenantId = offer.TenantId, Id = Guid.NewGuid(), OfferId = offer.Id, On = on, Closed = closed, From = from, To = to, Note = note });
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
}
