using Microsoft.AspNetCore.Identity;

namespace Skipper.Web.Platform.Onboarding.SignUp;

/// <summary>Identity's errors come in English; each known code has its own text, the rest a general one.</summary>
internal static class IdentityErrorTexts
{
    private static readonly HashSet<string> Known =
    [
        nameof(IdentityErrorDescriber.PasswordTooShort),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit),
        nameof(IdentityErrorDescriber.PasswordRequiresLower),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars),
        nameof(IdentityErrorDescriber.PasswordMismatch),
        nameof(IdentityErrorDescriber.UserAlreadyHasPassword),
    ];

    public static FieldError For(string field, IdentityError error, PasswordOptions options) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => new(field, "Identity.PasswordTooShort", options.RequiredLength),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => new(field, "Identity.PasswordRequiresUniqueChars", options.RequiredUniqueChars),
        _ when Known.Contains(error.Code) => new(field, "Identity." + error.Code),
        _ => new(field, "Identity.Other"),
    };
}
