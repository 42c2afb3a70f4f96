using System.Text.Json.Nodes;
using Skipper.Web.Modules.Feedback.Instruments;

namespace Skipper.UnitTests.Modules.Feedback;

/// <summary>A shipped definition as editable JSON, to break one thing at a time.</summary>
internal static class DefinitionFile
{
    public const string Ext = "https://skipper.no/fhir/StructureDefinition/";

    public static JsonObject Shipped(string name) => JsonNode.Parse(ShippedInstruments.Json(name))!.AsObject();

    public static JsonArray Items(this JsonObject questionnaire) => questionnaire["item"]!.AsArray();

    public static JsonObject Item(this JsonObject questionnaire, int index) => questionnaire.Items()[index]!.AsObject();

    /// <summary>The value of the first extension with this URL, to read or replace ("valueDecimal", "valueCode" ...).</summary>
    public static JsonObject Extension(this JsonObject element, string url) =>
        element["extension"]!.AsArray().Select(e => e!.AsObject()).First(e => (string?)e["url"] == url);

    public static void RemoveExtension(this JsonObject element, string url)
    {
        var extensions = element["extension"]!.AsArray();
        extensions.Remove(extensions.First(e => (string?)e!["url"] == url));
    }

    public static IReadOnlyList<string> ProblemKeys(this JsonObject questionnaire) =>
        InstrumentFile.Read(questionnaire.ToJsonString()).Problems.Select(p => p.Key["Feedback.Definition.".Length..]).ToList();

    public static IReadOnlyList<DefinitionProblem> Problems(this JsonObject questionnaire) =>
        InstrumentFile.Read(questionnaire.ToJsonString()).Problems;
}
