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
        var outcome = await command.SignInAsync(email, password, IdentityConstants.ApplicationScheme);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(LocalUrl.OrHome(returnUrl, "/hjem"));
        }
        Email = email;
        ReturnUrl = LocalUrl.IsLocal(returnUrl) ? returnUrl : null;
        ErrorKey = SignInCommand.MessageKey(outcome);
        Response.StatusCode = outcome == SignInOutcome.MissingInput ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
        return Page();
    }
}
