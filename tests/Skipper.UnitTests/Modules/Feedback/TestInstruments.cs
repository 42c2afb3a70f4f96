using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.UnitTests.Modules.Feedback;

/// <summary>Instrument definitions built in code, in the shape of the shipped ones.</summary>
internal static class TestInstruments
{
    private static readonly LocalText Text = new("Spørsmål", "Question");

    public static InstrumentItem Slider(string linkId) =>
        new(linkId, ItemKind.Slider, Text, 0, 10, 0.1, null, null, [], null, null);

    public static InstrumentItem Rating(string linkId, string part, string? gatedBy = null) =>
        new(linkId, ItemKind.Rating, Text, 0, 4, 1, null, null, [.. Enumerable.Range(0, 5).Select(v => new RatingOption(v, Text))], gatedBy, part);

    public static InstrumentItem Matters(string linkId) =>
        new(linkId, ItemKind.Matters, Text, 0, 1, 1, null, null, [], null, null);

    /// <summary>"Hvordan har du hatt det?": four sliders 0–10, total 0–40, cut-off 25, reliable change 5.</summary>
    public static InstrumentDefinition Outcome { get; } = Scale("outcome", InstrumentKind.Outcome, cutOff: 25, reliableChange: 5, signalBelow: null, itemDrop: null);

    /// <summary>"Hvordan var timen?": four sliders 0–10, signal below 36, an item that fell by 1 or more.</summary>
    public static InstrumentDefinition Alliance { get; } = Scale("alliance", InstrumentKind.Alliance, cutOff: null, reliableChange: null, signalBelow: 36, itemDrop: 1);

    /// <summary>A recovery questionnaire: Support (two kinds, each rated only when it matters) and Relationship (two items).</summary>
    public static InstrumentDefinition Recovery { get; } = new(
        "recovery", "https://skipper.test/recovery", "1", InstrumentKind.Recovery, Text, null,
        [
            Matters("m1"), Rating("s1", "support", gatedBy: "m1"),
            Matters("m2"), Rating("s2", "support", gatedBy: "m2"),
            Rating("r1", "relationship"), Rating("r2", "relationship"),
        ],
        [
            new ScoredPart("support", Text, ScoringMethod.ScaledMean, 25, 0, 100, ["m1", "s1", "m2", "s2"]),
            new ScoredPart("relationship", Text, ScoringMethod.ScaledMean, 25, 0, 100, ["r1", "r2"]),
        ],
        null, null, null, null, 90);

    public static Answer[] Answers(params double[] values) => [.. values.Select((v, i) => new Answer($"q{i + 1}", v))];

    private static InstrumentDefinition Scale(string code, InstrumentKind kind, double? cutOff, double? reliableChange, double? signalBelow, double? itemDrop) =>
        new(code, $"https://skipper.test/{code}", "1", kind, Text, null,
            [Slider("q1"), Slider("q2"), Slider("q3"), Slider("q4")],
            [new ScoredPart("total", Text, ScoringMethod.Sum, 1, 0, 40, ["q1", "q2", "q3", "q4"])],
            cutOff, reliableChange, signalBelow, itemDrop, null);
}
