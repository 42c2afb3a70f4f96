using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>/tilbud/{id}/endre: the keeper changes an offer; a save from an older version shows the newer one instead.</summary>
[Authorize(Policy = Policies.KeepOffers)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EndreModel(OfferKeepers keepers, OfferQuery query, OfferCommands commands) : PageModel
{
    public OfferFormView Form { get; private set; } = null!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Id = id;
        var organisations = await OrganisationsAsync();
        var offer = await query.ReadAsync(id);
        if (!offer.Succeeded)
        {
            return NotFound();
        }
        if (organisations.All(g => g.Id != offer.Value.Organisation.Id))
        {
            return Forbid();
        }
        Form = new OfferFormView(OfferFields.From(offer.Value).WithEmptyRows(), organisations, null, IsNew: false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, OfferFields fields)
    {
        Id = id;
        var (outcome, current) = await commands.UpdateAsync(User, id, fields.ToRequest());
        if (outcome.Succeeded)
        {
            return Redirect(OfferPaths.Page(id));
        }
        var refusal = outcome.Refusal;
        if (refusal.Kind is RefusalKind.NotFound)
        {
            return NotFound();
        }
        if (refusal.Kind is RefusalKind.Forbidden)
        {
            return Forbid();
        }
        Response.StatusCode = refusal.Status;
        // On a conflict the form shows what is stored now, so the keeper starts again from the newer version.
        var shown = refusal.Kind == RefusalKind.Conflict && current is not null ? OfferFields.From(current) : fields;
        Form = new OfferFormView(shown.WithEmptyRows(), await OrganisationsAsync(), refusal, IsNew: false);
        return Page();
    }

    private async Task<IReadOnlyList<OrganisationView>> OrganisationsAsync() =>
        (await keepers.OrganisationsOfAsync(User)).Select(g => new OrganisationView(g.Id, g.Name, g.Type)).ToList();
}
