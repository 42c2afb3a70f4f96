using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Guide.Pages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Start;

/// <summary>A part of the guide on the start page: where it is and the text keys of its name and one line about it.</summary>
public sealed record GuidePart(string Path, string TitleKey, string TextKey);

/// <summary>/veileder: the guide's start page. Part I's pages by title, then the strategies, exercises and tools.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VeilederModel(GuidePageBook book, IAuthorizationService authorization) : PageModel
{
    public static readonly IReadOnlyList<GuidePart> Exercises =
    [
        new("/veileder/verdier", "Guide.Start.Values.Title", "Guide.Start.Values.Text"),
        new("/veileder/chime", "Guide.Start.Chime.Title", "Guide.Start.Chime.Text"),
        new("/veileder/kort", "Guide.Start.Cards.Title", "Guide.Start.Cards.Text"),
    ];

    public static readonly IReadOnlyList<GuidePart> Tools =
    [
        new("/veileder/strategier", "Guide.Start.Strategies.Title", "Guide.Start.Strategies.Text"),
        new("/veileder/etikk", "Guide.Start.Ethics.Title", "Guide.Start.Ethics.Text"),
        new("/veileder/fremgang", "Guide.Start.Progress.Title", "Guide.Start.Progress.Text"),
    ];

    /// <summary>For recovery contacts and leaders only.</summary>
    public static readonly IReadOnlyList<GuidePart> RecoveryWork =
    [
        new("/veileder/avdeling", "Guide.Start.Department.Title", "Guide.Start.Department.Text"),
        new("/veileder/nettverk", "Guide.Start.Network.Title", "Guide.Start.Network.Text"),
    ];

    public IReadOnlyList<GuidePageItem> Pages { get; private set; } = [];
    public bool ShowsRecoveryWork { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pages = await book.ListAsync(GuidePageBook.Culture, cancellationToken);
        ShowsRecoveryWork = (await authorization.AuthorizeAsync(User, Policies.RecoveryWork)).Succeeded;
    }
}
