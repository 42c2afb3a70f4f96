using System.Text.RegularExpressions;

namespace Skipper.IntegrationTests.Platform;

/// <summary>Reads /konto/tofaktor the way a person does: the key shown on the page goes into the app.</summary>
public static partial class TwoFactorPages
{
    public const string Path = "/konto/tofaktor";

    public static async Task<string> ShownKeyAsync(this HttpClient browser)
    {
        var html = await browser.GetStringAsync(Path);
        var shown = SharedKey().Match(html);
        shown.Success.ShouldBeTrue("no key on " + Path);
        var key = shown.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        html.ShouldContain("otpauth://totp/Skipper:");
        html.ShouldContain("secret=" + key);
        return key;
    }

    public static Task<HttpResponseMessage> TurnOnAsync(this HttpClient browser, string code) =>
        browser.PostFormAsync(Path + "?handler=Enable", new() { ["code"] = code }, formPage: Path);

    public static Task<HttpResponseMessage> TurnOffAsync(this HttpClient browser) =>
        browser.PostFormAsync(Path + "?handler=Disable", [], formPage: Path);

    [GeneratedRegex("id=\"shared-key\">([a-z2-7 ]+)<")]
    private static partial Regex SharedKey();
}
