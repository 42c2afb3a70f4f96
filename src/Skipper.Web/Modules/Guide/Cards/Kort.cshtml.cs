using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>/veileder/kort: the municipality's reflection deck, a button to draw a card, and the retired cards for those who keep the deck.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class KortModel(CardDeck deck, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<CardView> Active { get; private set; } = [];
    public IReadOnlyList<CardView> Retired { get; private set; } = [];
    public bool KeepsCards { get; private set; }

    /// <summary>Set when a card was just made, changed, retired or brought back: the text key that says so.</summary>
    public string? DoneKey => Request.Query["gjort"].ToString() switch
    {
        "ny" => "Guide.Cards.Done.Created",
        "endret" => "Guide.Cards.Done.Edited",
        "pensjonert" => "Guide.Cards.Done.Retired",
        "tilbake" => "Guide.Cards.Done.Restored",
        "logget" => "Guide.Cards.Done.Logged",
        _ => null,
    };

    public async Task OnGetAsync()
    {
        KeepsCards = await CardDeck.KeepsCardsAsync(User, authorization);
        var cards = await deck.ListAsync(includeRetired: KeepsCards);
        Active = cards.Where(c => !c.Retired).ToList();
        Retired = cards.Where(c => c.Retired).ToList();
    }
}
