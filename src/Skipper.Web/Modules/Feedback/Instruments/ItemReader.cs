using System.Globalization;
using Hl7.Fhir.Model;
using static Hl7.Fhir.Model.Questionnaire;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>
/// Reads a Questionnaire's items into Skipper's three kinds: decimal (a slider), choice or integer with options
/// (a rating) and boolean ("this matters to me"). Groups are read through; display items are text only.
/// </summary>
internal static class ItemReader
{
    public static List<InstrumentItem> Read(IEnumerable<ItemComponent> items, List<DefinitionProblem> problems)
    {
        var all = Flatten(items).ToList();
        foreach (var missing in all.Where(i => string.IsNullOrWhiteSpace(i.LinkId)))
        {
            problems.Add(DefinitionProblem.Of("MissingLinkId", missing.Text ?? "–"));
        }
        foreach (var duplicate in all.Where(i => !string.IsNullOrWhiteSpace(i.LinkId)).GroupBy(i => Id(i)).Where(g => g.Count() > 1))
        {
            problems.Add(DefinitionProblem.Of("DuplicateLinkId", duplicate.Key));
        }
        var read = all
            .Where(i => !string.IsNullOrWhiteSpace(i.LinkId) && i.Type is not (QuestionnaireItemType.Group or QuestionnaireItemType.Display))
            .Select(i => One(i, problems))
            .OfType<InstrumentItem>()
            .ToList();
        return CheckGates(read, problems);
    }

    /// <summary>Every item in file order, children of groups included, children of questions (slider labels) not.</summary>
    public static IEnumerable<ItemComponent> Flatten(IEnumerable<ItemComponent> items)
    {
        foreach (var item in items)
        {
            yield return item;
            var children = item.Type == QuestionnaireItemType.Group ? Flatten(item.Item) : item.Item;
            foreach (var child in children)
            {
                yield return child;
            }
        }
    }

    private static string Id(ItemComponent item) => item.LinkId ?? "";

    private static InstrumentItem? One(ItemComponent item, List<DefinitionProblem> problems)
    {
        var text = FhirTexts.Of(item.TextElement);
        if (text is null)
        {
            problems.Add(DefinitionProblem.Of("ItemWithoutText", Id(item)));
            return null;
        }
        var read = item.Type switch
        {
            QuestionnaireItemType.Boolean => new InstrumentItem(Id(item), ItemKind.Matters, text, 0, 1, 1, null, null, [], null, null),
            QuestionnaireItemType.Decimal => Slider(item, text, problems),
            QuestionnaireItemType.Integer when item.AnswerOption.Count == 0 && IsSlider(item) => Slider(item, text, problems),
            QuestionnaireItemType.Integer or QuestionnaireItemType.Choice => Rating(item, text, problems),
            _ => Unsupported(item, problems),
        };
        return read is null || read.Kind == ItemKind.Matters ? read : read with { GatedBy = GatedBy(item, problems) };
    }

    private static InstrumentItem? Unsupported(ItemComponent item, List<DefinitionProblem> problems)
    {
        problems.Add(DefinitionProblem.Of("UnsupportedItemType", Id(item), item.TypeElement?.JsonValue as string ?? "–"));
        return null;
    }

    private static bool IsSlider(ItemComponent item) =>
        ItemControl(item) == "slider";

    public static string? ItemControl(ItemComponent item) =>
        (item.GetExtension(FhirExtensions.ItemControl)?.Value as CodeableConcept)?.Coding
            .FirstOrDefault(c => c.System is null or FhirExtensions.ItemControlSystem)?.Code;

    private static InstrumentItem? Slider(ItemComponent item, LocalText text, List<DefinitionProblem> problems)
    {
        var min = FhirTexts.NumberOf(item.GetExtension(FhirExtensions.MinValue)?.Value);
        var max = FhirTexts.NumberOf(item.GetExtension(FhirExtensions.MaxValue)?.Value);
        if (min is null || max is null)
        {
            problems.Add(DefinitionProblem.Of("SliderWithoutRange", Id(item)));
            return null;
        }
        if (min >= max)
        {
            problems.Add(DefinitionProblem.Of("SliderRangeBackwards", Id(item), min, max));
            return null;
        }
        var step = FhirTexts.NumberOf(item.GetExtension(FhirExtensions.SliderStep)?.Value)
            ?? FhirTexts.NumberOf(item.GetExtension(FhirExtensions.SliderStepValue)?.Value)
            ?? 1;
        if (step <= 0 || step > max - min)
        {
            problems.Add(DefinitionProblem.Of("SliderBadStep", Id(item), step));
            return null;
        }
        return new InstrumentItem(Id(item), ItemKind.Slider, text, min.Value, max.Value, step, Anchor(item, "lower"), Anchor(item, "upper"), [], null, null);
    }

    private static LocalText? Anchor(ItemComponent item, string control) =>
        item.Item.Where(c => c.Type == QuestionnaireItemType.Display && ItemControl(c) == control)
            .Select(c => FhirTexts.Of(c.TextElement))
            .FirstOrDefault(t => t is not null);

    private static InstrumentItem? Rating(ItemComponent item, LocalText text, List<DefinitionProblem> problems)
    {
        if (item.AnswerOption.Count == 0)
        {
            problems.Add(DefinitionProblem.Of("RatingWithoutOptions", Id(item)));
            return null;
        }
        var options = new List<RatingOption>();
        foreach (var option in item.AnswerOption)
        {
            var read = option.Value switch
            {
                Coding coding when int.TryParse(coding.Code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) =>
                    new RatingOption(value, FhirTexts.Of(coding.DisplayElement) ?? new LocalText(coding.Code)),
                Integer { Value: { } value } => new RatingOption(value, new LocalText(value.ToString(CultureInfo.InvariantCulture))),
                _ => null,
            };
            if (read is null || options.Any(o => o.Value == read.Value))
            {
                problems.Add(DefinitionProblem.Of("RatingBadOption", Id(item), (option.Value as Coding)?.Code ?? option.Value?.ToString() ?? "–"));
                return null;
            }
            options.Add(read);
        }
        options.Sort((a, b) => a.Value.CompareTo(b.Value));
        return new InstrumentItem(Id(item), ItemKind.Rating, text, options[0].Value, options[^1].Value, 1, null, null, options, null, null);
    }

    /// <summary>The item a rating is answered after: enableWhen on a yes/no item, "= true" (INSPIRE's Support part).</summary>
    private static string? GatedBy(ItemComponent item, List<DefinitionProblem> problems)
    {
        if (item.EnableWhen.Count == 0)
        {
            return null;
        }
        if (item.EnableWhen.Count > 1 || item.EnableWhen[0] is not { Operator: QuestionnaireItemOperator.Equal, Answer: FhirBoolean { Value: true } })
        {
            problems.Add(DefinitionProblem.Of("GatedByNotYes", Id(item)));
        }
        return item.EnableWhen[0].Question ?? "";
    }

    private static List<InstrumentItem> CheckGates(List<InstrumentItem> items, List<DefinitionProblem> problems)
    {
        foreach (var gated in items.Where(i => i.GatedBy is not null))
        {
            if (items.Find(i => i.LinkId == gated.GatedBy) is not { Kind: ItemKind.Matters })
            {
                problems.Add(DefinitionProblem.Of("GatedByUnknown", gated.LinkId, gated.GatedBy ?? ""));
            }
        }
        return items;
    }
}
