using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Restart.Ask;

/// <summary>/start-igjen: a short explanation, an optional message, and one button; afterwards the receipt.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StartIgjenModel(MyRestart mine, RestartCommands commands) : PageModel
{
    public MyRestartState State { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }

    /// <summary>What the refused form had in it, so nothing typed is lost.</summary>
    public string? TypedMessage { get; private set; }

    public bool JustSent => Request.Query["sendt"] == "true";

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAsync(string? message)
    {
        var outcome = await commands.AskAsync(User, new RestartAsk(message));
        if (outcome.Succeeded)
        {
            return Redirect(RestartPaths.Mine + "?sendt=true");
        }
        if (outcome.Refusal.Kind == RefusalKind.NotFound)
        {
            return NotFound();
        }
        Refusal = outcome.Refusal;
        TypedMessage = message;
        Response.StatusCode = outcome.Refusal.Status;
        return await ShowAsync();
    }

    public FieldError? MessageError => Refusal?.ErrorFor("message");

    private async Task<IActionResult> ShowAsync()
    {
        var state = await mine.ReadAsync(User, PersonOperation.Read, HttpContext.RequestAborted);
        if (state is null)
        {
            return NotFound();
        }
        State = state;
        return Page();
    }
}
