using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Cards;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Guide.Demo;

/// <summary>
/// The demo department has held reflection slots about twice a month lately, logged by its recovery contact, so the
/// department's counts and the deck's "most used" have something to show. No network gathering yet: the reminder shows.
/// </summary>
internal static class GuideDemo
{
    private static readonly (int DaysAgo, int Card, int Participants)[] Sessions =
        [(150, 1, 9), (136, 4, 7), (121, 6, 11), (107, 2, 8), (93, 9, 10), (79, 4, 6), (64, 12, 9), (50, 3, 8), (35, 17, 12), (21, 6, 7), (7, 10, 9)];

    public static async Task AddAsync(AppDbContext db, ShippedCards cards, Guid tenantId, Guid departmentId, Guid recoveryContactId, DateTimeOffset now)
    {
        await cards.SeedAsync(tenantId);
        var deck = await db.Set<ReflectionCard>().IgnoreQueryFilters().Where(c => c.TenantId == tenantId)
            .ToDictionaryAsync(c => c.Number, c => c.Id);
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        foreach (var (daysAgo, card, participants) in Sessions)
        {
            db.Add(new ReflectionSession
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                DepartmentId = departmentId,
                HeldOn = today.AddDays(-daysAgo),
                CardId = deck[card],
                Participants = participants,
                Note = "",
                LoggedBy = recoveryContactId,
                LoggedAt = now.AddDays(-daysAgo),
            });
        }
    }
}
