using System.Security.Claims;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Identity.TwoFactor;

namespace Skipper.Web.Platform.Home;

internal sealed record HomeLink(string Path, string TitleKey, string TextKey, IReadOnlyList<string> Roles);

/// <summary>What each role can open from its home page. A capability adds its line when its pages exist.</summary>
internal static class HomeLinks
{
    public static readonly IReadOnlyList<HomeLink> All =
    [
        new("/min-plan", "Home.Link.MyPlan.Title", "Home.Link.MyPlan.Text", [Roles.Person]),
        new("/tilbakemelding", "Home.Link.Feedback.Title", "Home.Link.Feedback.Text", [Roles.Person]),
        new("/delt", "Home.Link.SharedWithMe.Title", "Home.Link.SharedWithMe.Text", [Roles.Relative]),
        new("/parorende", "Home.Link.Relatives.Title", "Home.Link.Relatives.Text", [Roles.Relative]),
        new("/tilbud", "Home.Link.Offers.Title", "Home.Link.Offers.Text", [Roles.Person, Roles.Relative, .. Roles.CareStaff]),
        new("/recoveryskole/mine", "Home.Link.College.Title", "Home.Link.College.Text", [Roles.Person, Roles.Relative]),
        new("/tilbud/mine", "Home.Link.MyOffers.Title", "Home.Link.MyOffers.Text", [Roles.OfferProvider]),
        new("/mine-data", "Home.Link.MyData.Title", "Home.Link.MyData.Text", [Roles.Person]),
        new("/mine-brukere", "Home.Link.Caseload.Title", "Home.Link.Caseload.Text", Roles.CareStaff),
        new("/veileder", "Home.Link.Guide.Title", "Home.Link.Guide.Text", Roles.Employees),
        new("/avdeling/start-igjen", "Community.Restart.HomeLink.Title", "Community.Restart.HomeLink.Text", [Roles.DepartmentLeader, .. Roles.CareStaff]),
        new("/avdeling/mal", "Implementation.Goals.HomeLink.Title", "Implementation.Goals.HomeLink.Text", [Roles.RecoveryContact, .. Roles.Leaders]),
        new("/avdeling", "Home.Link.Department.Title", "Home.Link.Department.Text", [Roles.DepartmentLeader, Roles.TenantAdmin]),
        new("/ledelse", "Dashboards.HomeLink.Title", "Dashboards.HomeLink.Text", Roles.Leaders),
        new("/avdeling/undersokelser", "Implementation.Survey.HomeLink.Title", "Implementation.Survey.HomeLink.Text", [Roles.RecoveryContact, .. Roles.Leaders]),
        new("/avdeling/erfaringsmedarbeidere", "Implementation.PeerWorkers.HomeLink.Title", "Implementation.PeerWorkers.HomeLink.Text", [Roles.RecoveryContact, .. Roles.Leaders]),
        new("/historier/vurdering", "Community.Stories.Home.Review.Title", "Community.Stories.Home.Review.Text", [Roles.RecoveryContact]),
        new("/historier/mine", "Community.Stories.Home.Mine.Title", "Community.Stories.Home.Mine.Text", [Roles.Person, Roles.Relative, .. Roles.Employees]),
        new("/admin/verdigrunnlag", "Community.Foundation.Home.Title", "Community.Foundation.Home.Text", [Roles.TenantAdmin]),
        new(TwoFactorModel.Path, "Home.Link.TwoFactor.Title", "Home.Link.TwoFactor.Text", Roles.All),
        new("/admin", "Home.Link.Admin.Title", "Home.Link.Admin.Text", [Roles.TenantAdmin]),
        new("/tilgjengelighet", "Home.Link.A11y.Title", "Home.Link.A11y.Text", Roles.All),
    ];

    public static IEnumerable<HomeLink> For(ClaimsPrincipal user) => All.Where(link => link.Roles.Any(user.IsInRole));
}
