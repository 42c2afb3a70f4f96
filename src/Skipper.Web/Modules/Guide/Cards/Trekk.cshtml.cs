using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>/veileder/kort/trekk: draws a card and shows it full-screen; "forrige" is the card on the screen now, not drawn again.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TrekkModel(CardDeck deck) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid? forrige)
    {
        var card = await deck.DrawAsync(User, forrige);
        return card is null ? Page() : Redirect($"/veileder/kort/{card.Number}");
    }
}
