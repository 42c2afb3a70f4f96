using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Platform.Identity.SignIn;

/// <summary>The second step of sign-in for an account with two-factor on: the code from the authenticator app.</summary>
[AllowAnonymous]
public sealed class LoginCodeModel(SignInCommand command) : PageModel
{
    public string? ErrorKey { get; private set; }
    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (!await command.IsWaitingForCodeAsync())
        {
            return RedirectToPage("Login");
        }
        ReturnUrl = LocalUrl.IsLocal(returnUrl) ? returnUrl : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        ReturnUrl = LocalUrl.IsLocal(returnUrl) ? returnUrl : null;
        var outcome = await command.SignInWithCodeAsync(code);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(ReturnUrl ?? "/hjem");
        }
        if (outcome == SignInOutcome.NoPendingSignIn)
        {
            return RedirectToPage("Login");
        }
        ErrorKey = SignInCommand.MessageKey(outcome);
        Response.StatusCode = SignInCommand.StatusCode(outcome);
        return Page();
    }
}
