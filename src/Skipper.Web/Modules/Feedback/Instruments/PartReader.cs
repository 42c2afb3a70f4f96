using Hl7.Fhir.Model;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>
/// Reads the scored parts (Skipper's scored-part extension) and works out each part's scale from its items:
/// a sum goes from the sum of the lowest to the sum of the highest answers; a scaled mean from the lowest to the
/// highest answer, times the factor (INSPIRE: 0–4 × 25 = 0–100).
/// </summary>
internal static class PartReader
{
    public static List<ScoredPart> Read(Questionnaire questionnaire, IReadOnlyList<InstrumentItem> items, List<DefinitionProblem> problems)
    {
        var inFile = ItemReader.Flatten(questionnaire.Item)
            .Where(i => i.Type is not (Questionnaire.QuestionnaireItemType.Group or Questionnaire.QuestionnaireItemType.Display))
            .Select(i => i.LinkId ?? "").ToHashSet();
        var parts = new List<ScoredPart>();
        foreach (var extension in questionnaire.GetExtensions(FhirExtensions.ScoredPart))
        {
            if (One(extension, items, inFile, problems) is { } part)
            {
                if (parts.Exists(p => p.Code == part.Code))
                {
                    problems.Add(DefinitionProblem.Of("DuplicatePart", part.Code));
                    continue;
                }
                parts.Add(part);
            }
        }
        if (parts.Count == 0 && !questionnaire.GetExtensions(FhirExtensions.ScoredPart).Any())
        {
            problems.Add(DefinitionProblem.Of("NoParts"));
        }
        foreach (var twice in parts.SelectMany(p => p.Items).GroupBy(i => i).Where(g => g.Count() > 1))
        {
            problems.Add(DefinitionProblem.Of("ItemInTwoParts", twice.Key));
        }
        return parts;
    }

    private static ScoredPart? One(Extension extension, IReadOnlyList<InstrumentItem> items, HashSet<string> inFile, List<DefinitionProblem> problems)
    {
        var code = FhirTexts.CodeOf(extension.GetExtension("code")?.Value);
        if (string.IsNullOrEmpty(code))
        {
            problems.Add(DefinitionProblem.Of("PartWithoutCode"));
            return null;
        }
        var title = FhirTexts.Of(extension.GetExtension("title")?.Value as PrimitiveType) ?? new LocalText(code);
        var linkIds = extension.GetExtensions("item").Select(e => FhirTexts.CodeOf(e.Value)).OfType<string>().ToList();
        var scored = new List<InstrumentItem>();
        foreach (var linkId in linkIds)
        {
            var item = items.FirstOrDefault(i => i.LinkId == linkId);
            if (item is null)
            {
                // A question that is in the file but could not be read has its own problem already.
                if (inFile.Contains(linkId))
                {
                    continue;
                }
                problems.Add(DefinitionProblem.Of("PartUnknownItem", code, linkId));
            }
            else if (item.Kind == ItemKind.Matters)
            {
                problems.Add(DefinitionProblem.Of("PartItemNotScored", code, linkId));
            }
            else
            {
                scored.Add(item);
            }
        }
        if (linkIds.Count == 0)
        {
            problems.Add(DefinitionProblem.Of("PartWithoutItems", code));
        }
        var method = FhirTexts.CodeOf(extension.GetExtension("method")?.Value);
        var factor = FhirTexts.NumberOf(extension.GetExtension("factor")?.Value);
        switch (method)
        {
            case "sum":
                return scored.Count == linkIds.Count && scored.Count > 0
                    ? new ScoredPart(code, title, ScoringMethod.Sum, 1, scored.Sum(i => i.Min), scored.Sum(i => i.Max), linkIds)
                    : null;
            case "scaled-mean" when factor is not > 0:
                problems.Add(DefinitionProblem.Of("ScaledMeanWithoutFactor", code));
                return null;
            case "scaled-mean":
                return scored.Count == linkIds.Count && scored.Count > 0
                    ? new ScoredPart(code, title, ScoringMethod.ScaledMean, factor.Value, scored.Min(i => i.Min) * factor.Value, scored.Max(i => i.Max) * factor.Value, linkIds)
                    : null;
            default:
                problems.Add(DefinitionProblem.Of("PartUnknownMethod", code, method ?? "–"));
                return null;
        }
    }
}
