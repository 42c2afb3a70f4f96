using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Modules.Community.Offers.Hours;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>The offers I keep, the ones not checked for 6 months first (the flag to their owner), then by title.</summary>
public sealed record MyOffersView(IReadOnlyList<OrganisationView> Organisations, IReadOnlyList<OfferListItem> Offers)
{
    public int StaleCount => Offers.Count(o => o.Stale);
}

public sealed class MyOffers(AppDbContext db, OfferKeepers keepers, TimeProvider clock)
{
    public async Task<MyOffersView> ReadAsync(ClaimsPrincipal user)
    {
        var organisations = await keepers.OrganisationsOfAsync(user);
        var ids = organisations.Select(g => g.Id).ToList();
        var names = organisations.ToDictionary(g => g.Id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
        var offers = await db.Set<Offer>().AsNoTracking()
            .Where(o => ids.Contains(o.OrganisationId))
            .Select(o => new { o.Id, o.Title, o.OrganisationId, o.Category, o.PlaceName, o.Municipality, o.Schedule, o.Joining, o.LastCheckedOn })
            .ToListAsync();
        var items = offers
            .Select(o => new OfferListItem(o.Id, o.Title, names[o.OrganisationId].Name, names[o.OrganisationId].Type, o.Category, o.PlaceName,
                o.Municipality, o.Schedule, o.Joining, o.LastCheckedOn, StaleRule.IsStale(o.LastCheckedOn, today), OpenNow: false))
            .OrderByDescending(o => o.Stale).ThenBy(o => o.Stale ? o.LastCheckedOn : default).ThenBy(o => o.Title, StringComparer.CurrentCulture)
            .ToList();
        return new MyOffersView(organisations.Select(g => new OrganisationView(g.Id, g.Name, g.Type)).ToList(), items);
    }
}
