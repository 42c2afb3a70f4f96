using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Demo;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Guide.Demo;

/// <summary>
/// Reflection slots over the demo population's months in every department, one to three a month, so the leaders'
/// monthly counts have a history: the first department's recovery contact logged its own (before GuideDemo's recent
/// ones), the section leader those of the departments that have no recovery contact of their own in the demo.
/// </summary>
internal static class GuidePopulationDemo
{
    /// <summary>GuideDemo's sessions cover this many recent days of the first department.</summary>
    private const int RecentDays = 155;

    public static async Task AddAsync(AppDbContext db, Guid tenantId, IReadOnlyList<Guid> departmentIds, Guid recoveryContactId, Guid sectionLeaderId, DateTimeOffset now)
    {
        var deck = await db.Set<ReflectionCard>().IgnoreQueryFilters().Where(c => c.TenantId == tenantId)
            .OrderBy(c => c.Number).Select(c => c.Id).ToListAsync();
        var sessions = new List<ReflectionSession>();
        var random = new Random(DemoPopulation.Seed + 4);
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-DemoTimeline.Months);
        for (var d = 0; d < departmentIds.Count; d++)
        {
            var until = d == 0 ? today.AddDays(-RecentDays) : today.AddDays(-1);
            for (var day = from.AddDays(random.Next(14)); day <= until; day = day.AddDays(9 + random.Next(15)))
            {
                var by = d == 0 ? recoveryContactId : sectionLeaderId;
                sessions.Add(new ReflectionSession
                {
                    TenantId = tenantId,
                    Id = Guid.NewGuid(),
                    DepartmentId = departmentIds[d],
                    HeldOn = day,
                    CardId = deck[random.Next(deck.Count)],
                    Participants = 5 + random.Next(8),
                    Note = "",
                    LoggedBy = by,
                    LoggedAt = day.StartInNorway().AddHours(14 + random.Next(3)).ToUniversalTime(),
                });
            }
        }
        await DemoRows.InsertAsync(db, sessions);
    }
}
