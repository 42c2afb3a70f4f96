using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Skipper.Web.Platform.Localization;

/// <summary>
/// Texts live in flat JSON files (key to text) embedded in the assembly; bokmål is the default and the
/// fallback. JSON rather than .resx because people edit these texts far more often than code.
/// </summary>
internal sealed class JsonStringLocalizer(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage)
    : IStringLocalizer
{
    public const string DefaultLanguage = "nb";
    public static readonly string[] Languages = [DefaultLanguage, "en"];

    public LocalizedString this[string name]
    {
        get
        {
            var found = TryFind(name, out var value);
            return new LocalizedString(name, found ? value : name, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Current().Select(pair => new LocalizedString(pair.Key, pair.Value));

    private bool TryFind(string name, out string value) =>
        Current().TryGetValue(name, out value!) || byLanguage[DefaultLanguage].TryGetValue(name, out value!);

    private FrozenDictionary<string, string> Current()
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return byLanguage.TryGetValue(language, out var texts) ? texts : byLanguage[DefaultLanguage];
    }

    public static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(JsonStringLocalizer).Assembly;
        return Languages.ToFrozenDictionary(language => language, language =>
        {
            using var stream = assembly.GetManifestResourceStream($"Skipper.Web.Resources.Texts.{language}.json")
                ?? throw new InvalidOperationException($"Missing texts for '{language}'.");
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Empty texts for '{language}'.");
            return texts.ToFrozenDictionary();
        });
    }
}

internal sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer localizer = new(JsonStringLocalizer.Load());

    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}
