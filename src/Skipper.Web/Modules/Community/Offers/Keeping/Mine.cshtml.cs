using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>/tilbud/mine: the offers I keep, stale ones first, each with "checked today".</summary>
[Authorize(Policy = Policies.KeepOffers)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MineModel(MyOffers mine, OfferCommands commands) : PageModel
{
    public MyOffersView View { get; private set; } = new([], []);
    public Refusal? Refusal { get; private set; }
    public string? Done => Request.Query["sjekket"];

    public async Task OnGetAsync() => View = await mine.ReadAsync(User);

    public async Task<IActionResult> OnPostCheckedAsync(Guid id)
    {
        var outcome = await commands.MarkCheckedAsync(User, id);
        if (outcome.Succeeded)
        {
            return Redirect($"{OfferPaths.Mine}?sjekket={id}");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = Refusal.Status;
        View = await mine.ReadAsync(User);
        return Page();
    }
}
