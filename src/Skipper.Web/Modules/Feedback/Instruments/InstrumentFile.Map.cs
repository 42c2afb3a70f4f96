using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Skipper.Web.Modules.Feedback.Data;

namespace Skipper.Web.Modules.Feedback.Instruments;

internal static partial class InstrumentFile
{
    private const int MaxDueEveryDays = 3660;

    private static DefinitionRead Map(Questionnaire questionnaire)
    {
        var problems = new List<DefinitionProblem>();
        var url = Header(questionnaire.Url, "MissingUrl", FeedbackLimits.Url, problems);
        var version = Header(questionnaire.Version, "MissingVersion", FeedbackLimits.Version, problems);
        var code = Header(FhirTexts.CodeOf(questionnaire.GetExtension(FhirExtensions.InstrumentCode)?.Value), "MissingCode", FeedbackLimits.Code, problems);
        if (code.Length > 0 && !CodeShape().IsMatch(code))
        {
            problems.Add(DefinitionProblem.Of("BadCode", code));
        }
        var kind = Kind(questionnaire, problems);
        var title = FhirTexts.Of(questionnaire.TitleElement);
        if (title is null)
        {
            problems.Add(DefinitionProblem.Of("MissingTitle"));
        }
        if (questionnaire.Item.Count == 0)
        {
            problems.Add(DefinitionProblem.Of("NoItems"));
        }
        var items = ItemReader.Read(questionnaire.Item, problems);
        var parts = PartReader.Read(questionnaire, items, problems);
        var thresholds = new Thresholds(
            Number(questionnaire, FhirExtensions.CutOff),
            Number(questionnaire, FhirExtensions.ReliableChange),
            Number(questionnaire, FhirExtensions.SignalBelow),
            Number(questionnaire, FhirExtensions.ItemDropSignal));
        if (kind is { } known && parts.Count > 0)
        {
            ThresholdRules.Check(known, parts, items, thresholds, problems);
        }
        var due = DueEveryDays(questionnaire, problems);
        if (problems.Count > 0 || kind is null || title is null)
        {
            return new DefinitionRead(null, null, problems);
        }
        var definition = new InstrumentDefinition(
            code, url, version, kind.Value, title, FhirTexts.Of(questionnaire.DescriptionElement), InPart(items, parts), parts,
            thresholds.CutOff, thresholds.ReliableChange, thresholds.SignalBelow, thresholds.ItemDropSignal, due);
        return new DefinitionRead(definition, questionnaire, []);
    }

    private static string Header(string? value, string missing, int maxLength, List<DefinitionProblem> problems)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            problems.Add(DefinitionProblem.Of(missing));
        }
        else if (trimmed.Length > maxLength)
        {
            problems.Add(DefinitionProblem.Of("TooLong", trimmed[..20] + "…", maxLength));
        }
        return trimmed;
    }

    private static InstrumentKind? Kind(Questionnaire questionnaire, List<DefinitionProblem> problems)
    {
        var value = FhirTexts.CodeOf(questionnaire.GetExtension(FhirExtensions.InstrumentKind)?.Value);
        InstrumentKind? kind = value switch
        {
            "outcome" => InstrumentKind.Outcome,
            "alliance" => InstrumentKind.Alliance,
            "recovery" => InstrumentKind.Recovery,
            _ => null,
        };
        if (kind is null)
        {
            problems.Add(DefinitionProblem.Of("UnknownKind", string.IsNullOrEmpty(value) ? "–" : value));
        }
        return kind;
    }

    private static double? Number(Questionnaire questionnaire, string url) =>
        FhirTexts.NumberOf(questionnaire.GetExtension(url)?.Value);

    private static int? DueEveryDays(Questionnaire questionnaire, List<DefinitionProblem> problems)
    {
        if (questionnaire.GetExtension(FhirExtensions.DueEveryDays) is not { } extension)
        {
            return null;
        }
        var days = FhirTexts.NumberOf(extension.Value);
        if (days is not { } whole || whole < 1 || whole > MaxDueEveryDays || whole != Math.Floor(whole))
        {
            problems.Add(DefinitionProblem.Of("BadDueDays", days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–", MaxDueEveryDays));
            return null;
        }
        return (int)whole;
    }

    /// <summary>Each item names its part; a yes/no item belongs to the part of the rating it opens.</summary>
    private static List<InstrumentItem> InPart(List<InstrumentItem> items, List<ScoredPart> parts)
    {
        string? PartOf(string linkId) => parts.Find(p => p.Items.Contains(linkId))?.Code;
        return items.Select(item => item with
        {
            Part = item.Kind == ItemKind.Matters
                ? items.Where(i => i.GatedBy == item.LinkId).Select(i => PartOf(i.LinkId)).FirstOrDefault(p => p is not null)
                : PartOf(item.LinkId),
        }).ToList();
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex CodeShape();
}
