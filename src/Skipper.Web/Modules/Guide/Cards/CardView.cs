using System.Globalization;
using Skipper.Web.Modules.Guide.Data;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>A card of the deck as pages and the API show it. Retired cards are no longer drawn.</summary>
public sealed record CardView(
    Guid Id, int Number, string Text, string? TextEn, bool Seeded, Guid? DepartmentId, bool Retired, DateTimeOffset? RetiredAt, int Version)
{
    /// <summary>The wording for a language: English when asked for and written, Norwegian otherwise.</summary>
    public string TextIn(CultureInfo culture) => Shown(Text, TextEn, culture);

    public static string Shown(string text, string? textEn, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(textEn) ? textEn : text;

    internal static CardView From(ReflectionCard c) =>
        new(c.Id, c.Number, c.Text, c.TextEn, c.Seeded, c.DepartmentId, c.RetiredAt is not null, c.RetiredAt, c.Version);
}

/// <summary>A new team card: the Norwegian text is required, English is optional.</summary>
public sealed record NewCardRequest(string? Text, string? TextEn);

/// <summary>A card's new wording, and the version it was read at (an old version gets 409).</summary>
public sealed record EditCardRequest(string? Text, string? TextEn, int? Version);
