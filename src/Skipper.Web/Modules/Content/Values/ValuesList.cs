using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Content.Values.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Content.Values;

internal sealed class ValuesList(AppDbContext db, TimeProvider clock) : IValuesList
{
    /// <summary>Norwegian order (Æ, Ø, Å last), which neither database does by itself.</summary>
    public static readonly StringComparer NorwegianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), ignoreCase: true);

    public async Task<IReadOnlyList<ValueItem>> ActiveAsync()
    {
        var rows = await db.Set<TenantValue>().AsNoTracking()
            .Where(v => !v.IsRetired)
            .Select(v => new { v.Id, v.Name, v.SortOrder })
            .ToListAsync();
        return rows.OrderBy(v => v.SortOrder).ThenBy(v => v.Name, NorwegianOrder)
            .Select(v => new ValueItem(v.Id, v.Name))
            .ToList();
    }

    public Task<bool> ExistsAsync(Guid id, bool includeRetired = false) =>
        db.Set<TenantValue>().AnyAsync(v => v.Id == id && (includeRetired || !v.IsRetired));

    public async Task SeedDefaultsAsync(Guid tenantId)
    {
        // Seeding runs outside any request, so it names the tenant itself rather than trusting the filter.
        if (await db.Set<TenantValue>().IgnoreQueryFilters().AnyAsync(v => v.TenantId == tenantId))
        {
            return;
        }
        var now = clock.GetUtcNow();
        db.Set<TenantValue>().AddRange(DefaultValues.Names().Select(name => new TenantValue
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            Name = name,
            NameKey = TenantValue.KeyOf(name),
            CreatedAt = now,
        }));
        await db.SaveChangesAsync();
    }
}
