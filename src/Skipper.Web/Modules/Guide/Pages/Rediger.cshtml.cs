using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Pages;

/// <summary>
/// /veileder/les/{slug}/rediger: the administrator rewrites a page's title and Markdown in the language they read
/// it in, and sees the saved page below. A refusal keeps what was typed.
/// </summary>
[Authorize(Policy = Policies.TenantAdmin)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RedigerModel(GuidePageBook book, EditGuidePage edit) : PageModel
{
    public GuidePageView Stored { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public string Markdown { get; private set; } = "";
    public int Version { get; private set; }
    public Refusal? Refusal { get; private set; }
    public bool Saved => Request.Query["lagret"] == "true";
    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        (Title, Markdown, Version) = (Stored.Title, Stored.Markdown, Stored.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string? title, string? markdown, int? version, CancellationToken cancellationToken)
    {
        var outcome = await edit.SaveAsync(User, slug, GuidePageBook.Culture, new GuidePageRequest(title, markdown, version), cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/veileder/les/{outcome.Value.Slug}/rediger?lagret=true#preview");
        }
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        // After a conflict the typed text stays, now based on the newest version: saving again is a choice made knowingly.
        (Title, Markdown, Version) = (title ?? "", markdown ?? "", IsConflict ? Stored.Version : version ?? Stored.Version);
        return Page();
    }

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await book.ReadAsync(slug, GuidePageBook.Culture, cancellationToken) is not { } stored)
        {
            return false;
        }
        Stored = stored;
        return true;
    }
}
