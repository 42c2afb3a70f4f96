using System.Globalization;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.MyFeedback;

/// <summary>One question as the form draws it: the item, what was typed, its message, and the ratings a "matters" box opens.</summary>
public sealed record ItemField(InstrumentItem Item, string Language, string Typed, FieldError? Error, IReadOnlyList<ItemField> Gated)
{
    public string Id => AnswerForm.FieldId(Item);
    public string Name => AnswerForm.FieldName(Item);
    public string Text => Item.Text.In(Language);
    public string? Low => Item.LowAnchor?.In(Language);
    public string? High => Item.HighAnchor?.In(Language);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Invariant(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The items in the definition's order; a rating gated by a "matters" item is drawn beside it.</summary>
    public static IReadOnlyList<ItemField> For(InstrumentDefinition instrument, string language, Func<InstrumentItem, string> typed, Func<InstrumentItem, FieldError?> error)
    {
        ItemField Make(InstrumentItem item) => new(item, language, typed(item), error(item),
            [.. instrument.Items.Where(i => i.GatedBy == item.LinkId && item.Kind == ItemKind.Matters).Select(Make)]);
        var gates = instrument.Items.Where(i => i.Kind == ItemKind.Matters).Select(i => i.LinkId).ToHashSet();
        return [.. instrument.Items.Where(i => i.GatedBy is null || !gates.Contains(i.GatedBy)).Select(Make)];
    }

    /// <summary>The scored part an item belongs to, for a heading when an instrument has several parts.</summary>
    public static ScoredPart? PartOf(InstrumentDefinition instrument, InstrumentItem item) =>
        instrument.Parts.Count > 1 ? instrument.Parts.FirstOrDefault(p => p.Items.Contains(item.LinkId)) : null;
}
