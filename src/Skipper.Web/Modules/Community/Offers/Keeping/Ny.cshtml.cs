using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>/tilbud/ny: a keeper adds an offer to (one of) the organisation(s) they keep.</summary>
[Authorize(Policy = Policies.KeepOffers)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NyModel(OfferKeepers keepers, OfferCommands commands) : PageModel
{
    public OfferFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var organisations = await OrganisationsAsync();
        if (organisations.Count == 0)
        {
            return Redirect(OfferPaths.Mine);
        }
        Form = new OfferFormView(new OfferFields { Joining = "dropIn" }.WithEmptyRows(), organisations, null, IsNew: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(OfferFields fields)
    {
        var outcome = await commands.CreateAsync(User, fields.ToRequest());
        if (outcome.Succeeded)
        {
            return Redirect(OfferPaths.Page(outcome.Value.Id));
        }
        Response.StatusCode = outcome.Refusal.Status;
        Form = new OfferFormView(fields.WithEmptyRows(), await OrganisationsAsync(), outcome.Refusal, IsNew: true);
        return Page();
    }

    private async Task<IReadOnlyList<OrganisationView>> OrganisationsAsync() =>
        (await keepers.OrganisationsOfAsync(User)).Select(g => new OrganisationView(g.Id, g.Name, g.Type)).ToList();
}
