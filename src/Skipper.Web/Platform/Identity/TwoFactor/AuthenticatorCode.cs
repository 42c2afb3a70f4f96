namespace Skipper.Web.Platform.Identity.TwoFactor;

/// <summary>The shared key and codes of an authenticator app (TOTP, RFC 6238), as Identity's authenticator provider uses them.</summary>
internal static class AuthenticatorCode
{
    private const string Issuer = "Skipper";

    /// <summary>Apps show "123 456"; people type what they see.</summary>
    public static string? Clean(string? code)
    {
        var digits = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return string.IsNullOrEmpty(digits) ? null : digits;
    }

    /// <summary>The Base32 key in groups of four, easier to type into an app.</summary>
    public static string FormatKey(string key) =>
        string.Join(' ', key.Chunk(4).Select(group => new string(group))).ToLowerInvariant();

    /// <summary>The otpauth:// address that authenticator apps read (Google's Key Uri Format).</summary>
    public static string Uri(string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
}
