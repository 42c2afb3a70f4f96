using Hl7.Fhir.Model;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>Reads a text and its English translation (the standard translation extension on the element).</summary>
internal static class FhirTexts
{
    public static LocalText? Of(PrimitiveType? element)
    {
        if (element?.JsonValue is not string { } norwegian || string.IsNullOrWhiteSpace(norwegian))
        {
            return null;
        }
        var english = element.Extension
            .Where(e => e.Url == FhirExtensions.Translation)
            .Where(e => e.GetExtensionValue<Code>("lang")?.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true)
            .Select(e => e.GetExtensionValue<PrimitiveType>("content")?.JsonValue as string)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        return new LocalText(norwegian.Trim(), english?.Trim());
    }

    /// <summary>A decimal or integer extension value as a number; null when absent or of another type.</summary>
    public static double? NumberOf(DataType? value) => value switch
    {
        FhirDecimal { Value: { } number } => (double)number,
        Integer { Value: { } number } => number,
        PositiveInt { Value: { } number } => number,
        UnsignedInt { Value: { } number } => number,
        _ => null,
    };

    public static string? CodeOf(DataType? value) => value switch
    {
        Code { Value: { } code } => code.Trim(),
        FhirString { Value: { } text } => text.Trim(),
        _ => null,
    };
}
