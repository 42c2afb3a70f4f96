namespace Skipper.Web.Platform.Localization;

/// <summary>Marker for the app's one set of texts: Resources/Texts.nb.json (default) and Texts.en.json.</summary>
public sealed class Texts;
