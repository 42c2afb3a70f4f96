using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>/veileder/kort/ny: a team's own card, in Norwegian and, if they like, English. It joins the deck with the next number.</summary>
[Authorize(Policy = Policies.KeepCards)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NyttKortModel(CardCommands commands) : PageModel
{
    public CardFields Fields { get; private set; } = CardFields.Of(null, null, null);
    public Refusal? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? text, string? textEn)
    {
        var outcome = await commands.CreateAsync(User, new NewCardRequest(text, textEn));
        if (outcome.Succeeded)
        {
            return Redirect("/veileder/kort?gjort=ny#deck");
        }
        Refusal = outcome.Refusal;
        Fields = CardFields.Of(text, textEn, outcome.Refusal);
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }
}
