namespace Skipper.Web.Modules.Community.Foundation.Public;

/// <summary>
/// The value foundation in our own words, one section per role. The wording lives in the texts resources under
/// "Community.Foundation.{Section}.Title" and ".{n}" (1..Points), so it is translated like every other text.
/// </summary>
public static class FoundationText
{
    public sealed record Section(string Key, int Points)
    {
        public string Title => $"Community.Foundation.{Key}.Title";

        public IEnumerable<string> PointKeys => Enumerable.Range(1, Points).Select(n => $"Community.Foundation.{Key}.{n}");
    }

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("Recovery", 8),
        new("Relative", 4),
        new("Support", 8),
        new("Leading", 7),
        new("Society", 5),
    ];

    /// <summary>The five elements people name as what mattered in their recovery (CHIME), as text keys.</summary>
    public static readonly IReadOnlyList<string> Elements =
        ["Connectedness", "Hope", "Identity", "Meaning", "Empowerment"];
}
