using System.Net;
using System.Text.RegularExpressions;

namespace Skipper.IntegrationTests.Modules.Guide;

/// <summary>Posts the guide's exercise forms the way a browser does: repeated names (checkboxes) and the page's antiforgery token.</summary>
internal static partial class ExerciseForms
{
    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, string page, List<KeyValuePair<string, string>> fields)
    {
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token for {path}");
        fields.Add(Field("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
