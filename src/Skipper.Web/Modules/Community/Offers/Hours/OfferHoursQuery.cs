using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.Offers.Hours;

/// <summary>The slots and this week's exceptions of a set of offers, in two queries however many offers there are.</summary>
internal static class OfferHoursQuery
{
    public static async Task<Dictionary<Guid, OfferHours>> ReadAsync(AppDbContext db, IQueryable<Guid> offerIds, DateOnly today)
    {
        var last = today.AddDays(OpeningRule.WeekDays);
        var slots = await db.Set<OfferSlot>().AsNoTracking()
            .Where(s => offerIds.Contains(s.OfferId))
            .Select(s => new { s.OfferId, s.Day, s.From, s.To })
            .ToListAsync();
        var exceptions = await db.Set<OfferException>().AsNoTracking()
            .Where(e => e.On >= today && e.On <= last && offerIds.Contains(e.OfferId))
            .Select(e => new { e.OfferId, e.On, e.Closed, e.From, e.To })
            .ToListAsync();
        var bySlot = slots.ToLookup(s => s.OfferId, s => new WeeklySlot(s.Day, s.From, s.To));
        var byException = exceptions.ToLookup(e => e.OfferId, e => new DayException(e.On, e.Closed, e.From, e.To));
        return bySlot.Select(g => g.Key).Concat(byException.Select(g => g.Key)).Distinct()
            .ToDictionary(id => id, id => new OfferHours(bySlot[id].ToList(), byException[id].ToList(), null, null));
    }
}
