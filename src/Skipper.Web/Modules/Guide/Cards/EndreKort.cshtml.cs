using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>/veileder/kort/{number}/endre: new wording for a card (an old version is refused), and retiring or bringing it back.</summary>
[Authorize(Policy = Policies.KeepCards)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EndreKortModel(CardDeck deck, CardCommands commands) : PageModel
{
    public CardView Card { get; private set; } = null!;
    public CardFields Fields { get; private set; } = CardFields.Of(null, null, null);
    public Refusal? Refusal { get; private set; }

    /// <summary>What was typed when someone else saved first: shown so it is not lost.</summary>
    public string? Lost { get; private set; }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync(int number) => await ShowAsync(number) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int number, string? text, string? textEn, int? version)
    {
        if (!await ShowAsync(number))
        {
            return NotFound();
        }
        var (outcome, _) = await commands.EditAsync(Card.Id, new EditCardRequest(text, textEn, version));
        if (outcome.Succeeded)
        {
            return Redirect("/veileder/kort?gjort=endret#deck");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        if (IsConflict)
        {
            await ShowAsync(number);
            Lost = text;
        }
        else
        {
            Fields = CardFields.Of(text, textEn, outcome.Refusal);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRetireAsync(int number) => await SetRetiredAsync(number, retired: true);

    public async Task<IActionResult> OnPostRestoreAsync(int number) => await SetRetiredAsync(number, retired: false);

    private async Task<IActionResult> SetRetiredAsync(int number, bool retired)
    {
        if (!await ShowAsync(number))
        {
            return NotFound();
        }
        var outcome = await commands.SetRetiredAsync(Card.Id, retired);
        if (outcome.Succeeded)
        {
            return Redirect(retired ? "/veileder/kort?gjort=pensjonert#retired" : "/veileder/kort?gjort=tilbake#deck");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        await ShowAsync(number);
        return Page();
    }

    private async Task<bool> ShowAsync(int number)
    {
        if (await deck.ByNumberAsync(number) is not { } card)
        {
            return false;
        }
        Card = card;
        Fields = CardFields.Of(card.Text, card.TextEn, null);
        return true;
    }
}
