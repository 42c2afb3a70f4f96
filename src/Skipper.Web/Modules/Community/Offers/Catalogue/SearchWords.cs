using System.Text;

namespace Skipper.Web.Modules.Community.Offers.Catalogue;

/// <summary>
/// What a search box sends, made safe: cut to a sane length, lower case, split into words of letters and digits.
/// Anything else (%, quotes, emoji, control characters) only separates words, so no input can be an error.
/// </summary>
public static class SearchWords
{
    public const int MaxQuery = 200;
    public const int MaxWords = 8;

    /// <summary>The query as the form shows it back: trimmed and at most MaxQuery characters.</summary>
    public static string Shown(string? query)
    {
        var text = (query ?? "").Trim();
        return text.Length > MaxQuery ? text[..MaxQuery].Trim() : text;
    }

    public static IReadOnlyList<string> From(string? query)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Shown(query))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Add(words, word);
            }
        }
        Add(words, word);
        return words.Distinct().Take(MaxWords).ToList();
    }

    /// <summary>The text an offer is searched in: the same lower case as the words.</summary>
    public static string Haystack(params string[] parts) => string.Join(' ', parts).ToLowerInvariant();

    private static void Add(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
