using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Platform.Identity.SignIn;

[AllowAnonymous]
public sealed class LoginModel(SignInCommand command) : PageModel
{
    public string? ErrorKey { get; private set; }
    public string? Email { get; private set; }
    public string? ReturnUrl { get; private set; }

    /// <summary>Just came from /registrer: the account is ready.</summary>
    public bool SignedUp { get; private set; }

    public void OnGet(string? returnUrl, string? registrert)
    {
        ReturnUrl = LocalUrl.IsLocal(returnUrl) ? returnUrl : null;
        SignedUp = registrert == "1";
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        ReturnUrl = LocalUrl.IsLocal(returnUrl) ? returnUrl : null;
        var outcome = await command.SignInAsync(email, password, code: null, IdentityConstants.ApplicationScheme);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(ReturnUrl ?? "/hjem");
        }
        if (outcome == SignInOutcome.TwoFactorRequired)
        {
            return RedirectToPage("LoginCode", new { returnUrl = ReturnUrl });
        }
        Email = email;
        ErrorKey = SignInCommand.MessageKey(outcome);
        Response.StatusCode = SignInCommand.StatusCode(outcome);
        return Page();
    }
}
