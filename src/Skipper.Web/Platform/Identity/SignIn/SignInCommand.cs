using Microsoft.AspNetCore.Identity;

namespace Skipper.Web.Platform.Identity.SignIn;

public enum SignInOutcome
{
    SignedIn,
    WrongEmailOrPassword,
    LockedOut,
    NotAllowed,
    MissingInput,
}

/// <summary>Password sign-in, shared by /logg-inn (cookie) and POST /api/v1/auth/login (bearer token).</summary>
public sealed class SignInCommand(SignInManager<AppUser> signInManager)
{
    public async Task<SignInOutcome> SignInAsync(string? email, string? password, string scheme)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return SignInOutcome.MissingInput;
        }
        signInManager.AuthenticationScheme = scheme;
        var result = await signInManager.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return SignInOutcome.SignedIn;
        }
        if (result.IsLockedOut)
        {
            return SignInOutcome.LockedOut;
        }
        return result.IsNotAllowed ? SignInOutcome.NotAllowed : SignInOutcome.WrongEmailOrPassword;
    }

    /// <summary>The text key for an outcome that is not a success.</summary>
    public static string MessageKey(SignInOutcome outcome) => "SignIn.Error." + outcome;
}
