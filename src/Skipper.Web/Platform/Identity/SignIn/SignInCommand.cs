using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Identity.TwoFactor;

namespace Skipper.Web.Platform.Identity.SignIn;

public enum SignInOutcome
{
    SignedIn,
    WrongEmailOrPassword,
    LockedOut,
    NotAllowed,
    MissingInput,
    Throttled,
    TwoFactorRequired,
    WrongCode,
    TwoFactorSetupRequired,
    NoPendingSignIn,
}

/// <summary>
/// Sign-in, shared by /logg-inn and /logg-inn/kode (cookie) and POST /api/v1/auth/login (bearer token).
/// Every attempt passes the <see cref="SignInLimiter"/> first; a refused attempt checks no password.
/// </summary>
public sealed class SignInCommand(
    SignInManager<AppUser> signInManager,
    SignInLimiter limiter,
    IOptions<SkipperOptions> options)
{
    private UserManager<AppUser> Users => signInManager.UserManager;

    public async Task<SignInOutcome> SignInAsync(string? email, string? password, string? code, string scheme)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return SignInOutcome.MissingInput;
        }
        email = email.Trim();
        if (!limiter.TryAcquire(signInManager.Context.Connection.RemoteIpAddress, Users.NormalizeEmail(email) ?? ""))
        {
            return SignInOutcome.Throttled;
        }
        signInManager.AuthenticationScheme = scheme;
        var user = await Users.FindByNameAsync(email);
        if (user is null)
        {
            return SignInOutcome.WrongEmailOrPassword;
        }
        if (scheme == IdentityConstants.BearerScheme && await MustTurnOnTwoFactorAsync(user))
        {
            // The bearer handler writes the token as soon as sign-in succeeds, so this check comes before it.
            var check = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            return check.Succeeded ? SignInOutcome.TwoFactorSetupRequired : Outcome(check);
        }
        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor && AuthenticatorCode.Clean(code) is { } given)
        {
            return CodeOutcome(await signInManager.TwoFactorAuthenticatorSignInAsync(given, isPersistent: false, rememberClient: false));
        }
        return Outcome(result);
    }

    /// <summary>The second step on /logg-inn/kode, after the password was right.</summary>
    public async Task<SignInOutcome> SignInWithCodeAsync(string? code)
    {
        signInManager.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.NoPendingSignIn;
        }
        if (AuthenticatorCode.Clean(code) is not { } given)
        {
            return SignInOutcome.TwoFactorRequired;
        }
        if (!limiter.TryAcquire(signInManager.Context.Connection.RemoteIpAddress, user.NormalizedEmail ?? ""))
        {
            return SignInOutcome.Throttled;
        }
        return CodeOutcome(await signInManager.TwoFactorAuthenticatorSignInAsync(given, isPersistent: false, rememberClient: false));
    }

    /// <summary>True while a right password waits for its code (Identity's short two-factor cookie).</summary>
    public async Task<bool> IsWaitingForCodeAsync() => await signInManager.GetTwoFactorAuthenticationUserAsync() is not null;

    /// <summary>The text key for an outcome that is not a success.</summary>
    public static string MessageKey(SignInOutcome outcome) => "SignIn.Error." + outcome;

    /// <summary>The HTTP status for an outcome that is not a success, the same on the pages and in the API.</summary>
    public static int StatusCode(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.MissingInput => StatusCodes.Status400BadRequest,
        SignInOutcome.Throttled => StatusCodes.Status429TooManyRequests,
        SignInOutcome.TwoFactorSetupRequired => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status401Unauthorized,
    };

    private async Task<bool> MustTurnOnTwoFactorAsync(AppUser user) =>
        !user.TwoFactorEnabled && StaffMustUseTwoFactor.AppliesTo(options.Value, await Users.GetRolesAsync(user));

    private static SignInOutcome Outcome(SignInResult result) => result switch
    {
        { Succeeded: true } => SignInOutcome.SignedIn,
        { IsLockedOut: true } => SignInOutcome.LockedOut,
        { IsNotAllowed: true } => SignInOutcome.NotAllowed,
        { RequiresTwoFactor: true } => SignInOutcome.TwoFactorRequired,
        _ => SignInOutcome.WrongEmailOrPassword,
    };

    private static SignInOutcome CodeOutcome(SignInResult result) =>
        result.Succeeded || result.IsLockedOut || result.IsNotAllowed ? Outcome(result) : SignInOutcome.WrongCode;
}
