using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>One card as shipped in Content/guide/cards.json: Norwegian and English wording.</summary>
internal sealed record ShippedCard(string Nb, string En);

/// <summary>
/// The reflection deck Skipper ships (Content/guide/cards.json, embedded): a municipality with no cards at all gets
/// it, numbered 1..n. A municipality that has cards keeps its own deck as it is, even if it retired them all.
/// </summary>
internal sealed class ShippedCards(AppDbContext db, TimeProvider clock) : IStartupSeed
{
    public const string CreatedBy = "Skipper";
    private const string Resource = "Skipper.Web.Content.guide.cards.json";

    public static IReadOnlyList<ShippedCard> Read()
    {
        using var stream = typeof(ShippedCards).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        return JsonSerializer.Deserialize<List<ShippedCard>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{Resource} is empty.");
    }

    /// <summary>Gives one municipality the shipped deck if it has no cards. Runs outside a request, so it names the tenant.</summary>
    public async Task SeedAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        if (await db.Set<ReflectionCard>().IgnoreQueryFilters().AnyAsync(c => c.TenantId == tenantId, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var number = 0;
        foreach (var card in Read())
        {
            db.Add(new ReflectionCard
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                Number = ++number,
                Text = card.Nb,
                TextEn = card.En,
                Seeded = true,
                CreatedBy = CreatedBy,
                CreatedAt = now,
                UpdatedAt = now,
                Version = 1,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>At start-up: one query finds the municipalities without any card; usually none.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var cards = db.Set<ReflectionCard>().IgnoreQueryFilters();
        var lacking = await db.Tenants.AsNoTracking()
            .Where(t => !cards.Any(c => c.TenantId == t.Id))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        foreach (var tenantId in lacking)
        {
            await SeedAsync(tenantId, cancellationToken);
        }
    }
}
