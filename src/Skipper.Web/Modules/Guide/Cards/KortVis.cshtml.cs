using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>/veileder/kort/{number}: one card full-screen for the staff meeting, readable across the room, with a 10-minute timer.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class KortVisModel(CardDeck deck) : PageModel
{
    public const int TimerMinutes = 10;

    public CardView Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int number)
    {
        if (await deck.ByNumberAsync(number) is not { } card)
        {
            return NotFound();
        }
        Card = card;
        return Page();
    }
}
