using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Platform;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Catalogue;

/// <summary>
/// /tilbud: the public catalogue. A GET form (works without JavaScript, and every search has its own address);
/// cached for anonymous visitors only, as the output cache never keeps a signed-in user's page.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache)]
public sealed class TilbudModel(OfferSearch search) : PageModel
{
    public OfferSearchResult? Result { get; private set; }
    public Refusal? Refusal { get; private set; }
    public string Query { get; private set; } = "";
    public string? Category { get; private set; }
    public string? ProviderType { get; private set; }
    public string? When { get; private set; }

    public static IReadOnlyList<OfferCategory> Categories => Enum.GetValues<OfferCategory>();
    public static IReadOnlyList<ProviderType> ProviderTypes => Enum.GetValues<ProviderType>();

    public async Task OnGetAsync(string? q, string? category, string? providerType, string? when, int? page)
    {
        var outcome = await search.SearchAsync(new OfferSearchRequest(q, category, providerType, when, page));
        Query = SearchWords.Shown(q);
        Category = category;
        ProviderType = providerType;
        When = when;
        if (outcome.Succeeded)
        {
            Result = outcome.Value;
            return;
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = Refusal.Status;
    }

    /// <summary>The same search on another page of results.</summary>
    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query, ["category"] = Category, ["providerType"] = ProviderType, ["when"] = When, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(OfferPaths.Catalogue, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
