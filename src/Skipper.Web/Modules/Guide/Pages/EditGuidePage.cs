using System.Security.Claims;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Pages;

/// <summary>A new title and Markdown for a page; the version the editor started from, when known.</summary>
public sealed record GuidePageRequest(string? Title, string? Markdown, int? Version);

/// <summary>
/// The administrator rewrites a page in the language it is read in. The Markdown is stored as typed (line
/// endings aside); it is made safe when rendered. An edit made from an older version is refused with 409.
/// </summary>
public sealed class EditGuidePage(AppDbContext db, GuidePageBook book, TimeProvider clock)
{
    public async Task<Outcome<GuidePageView>> SaveAsync(ClaimsPrincipal admin, string slug, string culture, GuidePageRequest? request, CancellationToken cancellationToken = default)
    {
        var row = await book.RowAsync(slug, culture, tracked: true, cancellationToken);
        if (row is null)
        {
            return Refusal.Of(RefusalKind.NotFound, "Guide.Pages.Error.NotFound");
        }
        var title = request?.Title?.Trim() ?? "";
        var text = request?.Markdown?.ReplaceLineEndings("\n") ?? "";
        var errors = Check(title, text);
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (request!.Version is { } version && version != row.Version)
        {
            return Refusal.Of(RefusalKind.Conflict, "Guide.Pages.Error.Conflict");
        }
        row.Title = title;
        row.Markdown = text;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = Shorten(admin.DisplayNameOf());
        row.Version++;
        if (!await db.TrySaveAsync())
        {
            return Refusal.Of(RefusalKind.Conflict, "Guide.Pages.Error.Conflict");
        }
        return book.View(row);
    }

    internal static List<FieldError> Check(string title, string markdown)
    {
        var errors = new List<FieldError>();
        if (title.Length == 0)
        {
            errors.Add(new FieldError("title", "Guide.Pages.Error.TitleRequired"));
        }
        else if (title.Length > GuideLimits.Title)
        {
            errors.Add(new FieldError("title", "Guide.Pages.Error.TitleTooLong", GuideLimits.Title));
        }
        if (string.IsNullOrWhiteSpace(markdown))
        {
            errors.Add(new FieldError("markdown", "Guide.Pages.Error.MarkdownRequired"));
        }
        else if (markdown.Length > GuideLimits.Markdown)
        {
            errors.Add(new FieldError("markdown", "Guide.Pages.Error.MarkdownTooLong", GuideLimits.Markdown));
        }
        return errors;
    }

    private static string Shorten(string name) => name.Length > GuideLimits.Name ? name[..GuideLimits.Name] : name;
}
