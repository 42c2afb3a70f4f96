using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Skipper.Web.Modules.Community.Offers.Keeping;
using Skipper.Web.Modules.Community.Offers.SaveToPlan;
using Skipper.Web.Platform;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Community.Offers.Catalogue;

/// <summary>
/// /tilbud/{id}: one offer, readable by anyone. A person saves it to their plan from here (the POST needs the
/// Person policy); the anonymous page is cached, a signed-in user's never is.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache)]
public sealed class TilbudVisModel(OfferQuery query, OfferKeepers keepers) : PageModel
{
    public OfferView Offer { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool IsPerson => User.IsInRole(Roles.Person);

    /// <summary>"lagret" after saving: "ny" when it was added, "fantes" when it was already in the plan.</summary>
    public string? Saved => Request.Query["lagret"];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var outcome = await query.ReadAsync(id);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        Offer = outcome.Value;
        if (User.Identity?.IsAuthenticated == true)
        {
            CanEdit = (await keepers.OrganisationsOfAsync(User)).Any(g => g.Id == Offer.Organisation.Id);
        }
        return Page();
    }

    /// <summary>Razor Pages take no policy per handler, so the page asks for the Person policy itself.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, [FromServices] SaveOfferToPlan save, [FromServices] IAuthorizationService authorization)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        if (!(await authorization.AuthorizeAsync(User, Policies.Person)).Succeeded)
        {
            return Forbid();
        }
        var saved = await save.SaveAsync(User, id);
        if (!saved.Succeeded)
        {
            return NotFound();
        }
        return Redirect($"{OfferPaths.Page(id)}?lagret={(saved.Value.Added ? "ny" : "fantes")}#lagre");
    }
}
