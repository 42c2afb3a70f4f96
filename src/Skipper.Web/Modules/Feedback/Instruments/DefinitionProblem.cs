using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>One thing wrong with a definition file: a text key ("Feedback.Definition.NoItems") and what it names.</summary>
public sealed record DefinitionProblem(string Key, IReadOnlyList<string> Arguments)
{
    public static DefinitionProblem Of(string name, params object[] arguments) =>
        new("Feedback.Definition." + name, arguments.Select(Format).ToList());

    /// <summary>The problem in the reader's language.</summary>
    public string Text(IStringLocalizer texts) => texts[Key, [.. Arguments]];

    /// <summary>Numbers as the file writes them (a point, no trailing zeros), whatever the culture.</summary>
    private static string Format(object argument) => argument switch
    {
        double number => number.ToString("0.###", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? "",
    };

    public override string ToString() => $"{Key}({string.Join(", ", Arguments)})";
}
