using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Guide.Pages;

/// <summary>A Part I page as Skipper ships it (Content/guide/{culture}/{NN}-{slug}.md, embedded).</summary>
public sealed record ShippedGuidePage(string Slug, string Culture, int Order, string Title, string Markdown)
{
    public string Key => Culture + ":" + Slug;
}

/// <summary>
/// Every municipality gets each shipped page (by slug and language) that it lacks. A page that is there already,
/// edited or not, is never touched: the municipality's wording wins.
/// </summary>
internal sealed class ShippedGuidePages(AppDbContext db, TimeProvider clock) : IStartupSeed
{
    public const string UpdatedBy = "Skipper";
    private const string Prefix = "Skipper.Web.Content.guide.";

    private static readonly Lazy<IReadOnlyList<ShippedGuidePage>> Shipped = new(Read);

    public static IReadOnlyList<ShippedGuidePage> All => Shipped.Value;

    /// <summary>At start-up: one query finds the municipalities that lack a shipped page; usually none.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var keys = All.Select(p => p.Key).ToList();
        var pages = db.Set<GuidePage>().IgnoreQueryFilters();
        var lacking = await db.Tenants.AsNoTracking()
            .Where(t => pages.Count(p => p.TenantId == t.Id && keys.Contains(p.Culture + ":" + p.Slug)) < keys.Count)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        foreach (var tenantId in lacking)
        {
            await SeedAsync(tenantId, cancellationToken);
        }
    }

    /// <summary>Gives one municipality the shipped pages it lacks. Runs outside a request, so it names the tenant.</summary>
    public async Task SeedAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var has = (await db.Set<GuidePage>().IgnoreQueryFilters().Where(p => p.TenantId == tenantId)
            .Select(p => p.Culture + ":" + p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var page in All.Where(p => !has.Contains(p.Key)))
        {
            db.Set<GuidePage>().Add(new GuidePage
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                Slug = page.Slug,
                Culture = page.Culture,
                Title = page.Title,
                Markdown = page.Markdown,
                SortOrder = page.Order,
                UpdatedAt = now,
                UpdatedBy = UpdatedBy,
                Version = 1,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IReadOnlyList<ShippedGuidePage> Read()
    {
        var assembly = typeof(ShippedGuidePages).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return Parse(name[Prefix.Length..^".md".Length], reader.ReadToEnd());
            })
            .OrderBy(p => p.Culture, StringComparer.Ordinal).ThenBy(p => p.Order)
            .ToList();
    }

    /// <summary>"nb.01-hva-er-recovery" and a file whose first line is "# Title".</summary>
    internal static ShippedGuidePage Parse(string name, string text)
    {
        var culture = name[..name.IndexOf('.', StringComparison.Ordinal)];
        var file = name[(culture.Length + 1)..];
        var dash = file.IndexOf('-', StringComparison.Ordinal);
        var order = int.Parse(file[..dash], System.Globalization.CultureInfo.InvariantCulture);
        var lines = text.ReplaceLineEndings("\n");
        var firstBreak = lines.IndexOf('\n', StringComparison.Ordinal);
        var title = lines[..firstBreak].TrimStart('#', ' ').Trim();
        return new ShippedGuidePage(file[(dash + 1)..], culture, order, title, lines[(firstBreak + 1)..].Trim() + "\n");
    }
}
