using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Pages;

/// <summary>/veileder/les/{slug}: one page of Part I, with the pages before and after it. Printable.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LesModel(GuidePageBook book, IAuthorizationService authorization) : PageModel
{
    public GuidePageView Article { get; private set; } = null!;
    public GuidePageItem? Previous { get; private set; }
    public GuidePageItem? Next { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var culture = GuidePageBook.Culture;
        if (await book.ReadAsync(slug, culture, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        Article = page;
        var pages = await book.ListAsync(culture, cancellationToken);
        var at = pages.ToList().FindIndex(p => p.Slug == page.Slug);
        Previous = at > 0 ? pages[at - 1] : null;
        Next = at >= 0 && at < pages.Count - 1 ? pages[at + 1] : null;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.TenantAdmin)).Succeeded;
        return Page();
    }

    /// <summary>A page read in a language it is not written in says which language it is in, for screen readers.</summary>
    public string? Lang => Article.Culture == GuidePageBook.Culture ? null : Article.Culture;
}
