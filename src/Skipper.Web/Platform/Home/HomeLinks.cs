using System.Security.Claims;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Home;

internal sealed record HomeLink(string Path, string TitleKey, string TextKey, IReadOnlyList<string> Roles);

/// <summary>What each role can open from its home page. A capability adds its line when its pages exist.</summary>
internal static class HomeLinks
{
    public static readonly IReadOnlyList<HomeLink> All =
    [
        new("/admin", "Home.Link.Admin.Title", "Home.Link.Admin.Text", [Roles.TenantAdmin]),
        new("/tilgjengelighet", "Home.Link.A11y.Title", "Home.Link.A11y.Text", Roles.All),
    ];

    public static IEnumerable<HomeLink> For(ClaimsPrincipal user) => All.Where(link => link.Roles.Any(user.IsInRole));
}
