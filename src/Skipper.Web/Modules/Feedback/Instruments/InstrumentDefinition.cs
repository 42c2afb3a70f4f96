using Skipper.Web.Modules.Feedback.Data;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>A text in Norwegian bokmål and English (English falls back to Norwegian when the file has none).</summary>
public sealed record LocalText(string Nb, string? En = null)
{
    public string In(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && En is not null ? En : Nb;
}

/// <summary>How an item is answered.</summary>
public enum ItemKind
{
    /// <summary>A visual-analogue scale (Min..Max in Step), a range slider.</summary>
    Slider,

    /// <summary>One of a few whole-number options (for example 0–4 with labels).</summary>
    Rating,

    /// <summary>Yes/no: "this kind of support matters to me". Rating items gated by it are answered only when yes.</summary>
    Matters,
}

/// <summary>One answer option of a rating item.</summary>
public sealed record RatingOption(int Value, LocalText Label);

/// <summary>One question of an instrument.</summary>
public sealed record InstrumentItem(
    string LinkId,
    ItemKind Kind,
    LocalText Text,
    double Min,
    double Max,
    double Step,
    LocalText? LowAnchor,
    LocalText? HighAnchor,
    IReadOnlyList<RatingOption> Options,
    string? GatedBy,
    string? Part);

/// <summary>How a scored part is computed from its items.</summary>
public enum ScoringMethod
{
    /// <summary>The sum of the answered items (every item of the part is required).</summary>
    Sum,

    /// <summary>The mean of the answered items times Factor (INSPIRE: rating 0–4, mean × 25 gives 0–100).</summary>
    ScaledMean,
}

/// <summary>A scored part: the whole form (outcome, alliance) or one part of it (INSPIRE's Support and Relationship).</summary>
public sealed record ScoredPart(string Code, LocalText Title, ScoringMethod Method, double Factor, double Min, double Max, IReadOnlyList<string> Items);

/// <summary>
/// An instrument as Skipper uses it, read from a FHIR R4 Questionnaire with Skipper's extensions (see
/// InstrumentFile). Nothing in the product depends on the wording: only on Kind, the parts, and these numbers.
/// </summary>
public sealed record InstrumentDefinition(
    string Code,
    string Url,
    string Version,
    InstrumentKind Kind,
    LocalText Title,
    LocalText? Introduction,
    IReadOnlyList<InstrumentItem> Items,
    IReadOnlyList<ScoredPart> Parts,
    double? CutOff,
    double? ReliableChange,
    double? SignalBelow,
    double? ItemDropSignal,
    int? DueEveryDays)
{
    /// <summary>The stored version row this definition was read from (Guid.Empty when read from a file not yet stored).</summary>
    public Guid VersionId { get; init; }

    /// <summary>The one total of an outcome or alliance scale; null when the instrument has several parts.</summary>
    public ScoredPart? Total => Parts.Count == 1 ? Parts[0] : null;

    public InstrumentItem? Item(string linkId) => Items.FirstOrDefault(i => i.LinkId == linkId);
}
