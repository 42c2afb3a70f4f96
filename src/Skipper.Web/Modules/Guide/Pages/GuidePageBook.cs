using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Guide.Pages;

/// <summary>One entry of the guide's table of contents.</summary>
public sealed record GuidePageItem(string Slug, string Title, int Order);

/// <summary>
/// A page as the API gives it: <c>Html</c> is exactly what /veileder/les/{slug} shows; <c>Culture</c> is the
/// language it is written in (bokmål when the reader's language has no version of it).
/// </summary>
public sealed record GuidePageView(string Slug, string Title, string Markdown, string Html, int Version, string Culture);

/// <summary>
/// Reads Part I in the request's language, falling back to bokmål for a page not written in it. The rendered
/// HTML is kept per municipality, page, language and version, so a page is rendered once per edit.
/// </summary>
public sealed class GuidePageBook(AppDbContext db, GuideMarkdown markdown, IMemoryCache cache)
{
    private static readonly TimeSpan KeepHtml = TimeSpan.FromHours(1);

    /// <summary>The language of the request: "nb" or "en".</summary>
    public static string Culture
    {
        get
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return JsonStringLocalizer.Languages.Contains(language) ? language : JsonStringLocalizer.DefaultLanguage;
        }
    }

    public async Task<IReadOnlyList<GuidePageItem>> ListAsync(string culture, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<GuidePage>().AsNoTracking()
            .Where(p => p.Culture == culture || p.Culture == JsonStringLocalizer.DefaultLanguage)
            .Select(p => new { p.Slug, p.Culture, p.Title, p.SortOrder })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(p => p.Slug)
            .Select(g => g.FirstOrDefault(p => p.Culture == culture) ?? g.First())
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new GuidePageItem(p.Slug, p.Title, p.SortOrder))
            .ToList();
    }

    public async Task<GuidePageView?> ReadAsync(string slug, string culture, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(slug, culture, tracked: false, cancellationToken);
        return row is null ? null : View(row);
    }

    /// <summary>The row a reader in this language sees: their language's, or else bokmål's.</summary>
    internal async Task<GuidePage?> RowAsync(string slug, string culture, bool tracked, CancellationToken cancellationToken = default)
    {
        var query = tracked ? db.Set<GuidePage>() : db.Set<GuidePage>().AsNoTracking();
        var rows = await query
            .Where(p => p.Slug == slug && (p.Culture == culture || p.Culture == JsonStringLocalizer.DefaultLanguage))
            .ToListAsync(cancellationToken);
        return rows.FirstOrDefault(p => p.Culture == culture) ?? rows.FirstOrDefault();
    }

    internal GuidePageView View(GuidePage row) => new(row.Slug, row.Title, row.Markdown, Html(row), row.Version, row.Culture);

    private string Html(GuidePage row) =>
        cache.GetOrCreate(("guide-page-html", row.TenantId, row.Slug, row.Culture, row.Version), entry =>
        {
            entry.SlidingExpiration = KeepHtml;
            return markdown.ToHtml(row.Markdown);
        })!;
}
