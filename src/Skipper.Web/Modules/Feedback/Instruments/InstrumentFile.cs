using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Fhir;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>A definition file read: the definition and its Questionnaire, or every problem found.</summary>
public sealed record DefinitionRead(InstrumentDefinition? Definition, Questionnaire? Questionnaire, IReadOnlyList<DefinitionProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(Definition), nameof(Questionnaire))]
    public bool Succeeded => Definition is not null && Questionnaire is not null && Problems.Count == 0;

    public static DefinitionRead Refused(params DefinitionProblem[] problems) => new(null, null, problems);
}

/// <summary>
/// Reads a definition file (a FHIR R4 Questionnaire with Skipper's extensions, see <see cref="FhirExtensions"/>)
/// into an <see cref="InstrumentDefinition"/>, or lists every problem, each named so an administrator can fix it.
/// </summary>
internal static partial class InstrumentFile
{
    private const int MaxParserMessages = 3;

    public static DefinitionRead Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return DefinitionRead.Refused(DefinitionProblem.Of("Empty"));
        }
        if (Encoding.UTF8.GetByteCount(json) > FeedbackLimits.DefinitionBytes)
        {
            return DefinitionRead.Refused(DefinitionProblem.Of("TooLarge", FeedbackLimits.DefinitionBytes / 1024));
        }
        if (ResourceTypeOf(json) is { } notReadable)
        {
            return DefinitionRead.Refused(notReadable);
        }
        Questionnaire questionnaire;
        try
        {
            questionnaire = JsonSerializer.Deserialize<Questionnaire>(json, FhirJson.Options)
                ?? throw new JsonException("null");
        }
        catch (DeserializationFailedException e)
        {
            var messages = e.Exceptions.Select(x => x.Message).Take(MaxParserMessages);
            return DefinitionRead.Refused(DefinitionProblem.Of("NotQuestionnaire", string.Join(" ", messages)));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return DefinitionRead.Refused(DefinitionProblem.Of("NotQuestionnaire", e.Message));
        }
        return Map(questionnaire);
    }

    /// <summary>Null when the text is JSON with "resourceType": "Questionnaire"; otherwise what it is instead.</summary>
    private static DefinitionProblem? ResourceTypeOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var type = document.RootElement.ValueKind == JsonValueKind.Object
                       && document.RootElement.TryGetProperty("resourceType", out var property)
                       && property.ValueKind == JsonValueKind.String
                ? property.GetString()
                : null;
            return type == "Questionnaire" ? null : DefinitionProblem.Of("NotQuestionnaire", $"resourceType: {type ?? "–"}");
        }
        catch (JsonException e)
        {
            return DefinitionProblem.Of("NotJson", e.Message);
        }
    }
}
