using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Identity.TwoFactor;

/// <summary>Turns two-factor sign-in with an authenticator app on and off for the signed-in account.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorModel(
    UserManager<AppUser> users, SignInManager<AppUser> signInManager, IUserStore<AppUser> store, IOptions<SkipperOptions> options)
    : PageModel
{
    public const string Path = "/konto/tofaktor";

    public bool IsOn { get; private set; }
    public bool IsRequired { get; private set; }
    public string? SharedKey { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string? code)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            var given = AuthenticatorCode.Clean(code);
            if (given is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, given))
            {
                ErrorKey = "TwoFactor.WrongCode";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                await ShowAsync(user);
                return Page();
            }
            await users.SetTwoFactorEnabledAsync(user, true);
            // The security stamp changed: a new cookie keeps this session, now marked as having two-factor.
            await signInManager.RefreshSignInAsync(user);
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (StaffMustUseTwoFactor.AppliesTo(options.Value, User))
        {
            return Forbid();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key next time: the old one may be on a phone that is lost.
        await users.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task ShowAsync(AppUser user)
    {
        IsOn = user.TwoFactorEnabled;
        IsRequired = StaffMustUseTwoFactor.AppliesTo(options.Value, User);
        if (IsOn)
        {
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A first key changes nothing that protects the account yet, so it keeps the security stamp:
            // only opening this page must not sign the user out of other browsers and API clients.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }
        SharedKey = AuthenticatorCode.FormatKey(key);
        AuthenticatorUri = AuthenticatorCode.Uri(user.Email ?? "", key);
    }
}
