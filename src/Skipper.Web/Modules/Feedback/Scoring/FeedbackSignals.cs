using Skipper.Web.Modules.Feedback.Instruments;

namespace Skipper.Web.Modules.Feedback.Scoring;

/// <summary>
/// The signals on the caseload: each one is a reason to talk, with a text that says what to do next. The
/// thresholds come from the instrument definition, so a municipality's own instruments bring their own.
/// </summary>
public static class FeedbackSignals
{
    public const string AllianceLow = "alliance-low";
    public const string AllianceItemDropped = "alliance-item-dropped";
    public const string ReliableDeterioration = "reliable-deterioration";
    public const string NotOnTrack = "not-on-track";

    public static IReadOnlyList<string> All { get; } = [AllianceLow, AllianceItemDropped, ReliableDeterioration, NotOnTrack];

    /// <summary>An alliance total below the signal, and any item that fell by the drop signal or more since the previous session.</summary>
    public static IReadOnlyList<string> ForAlliance(InstrumentDefinition alliance, ScoredForm form, IReadOnlyList<Answer>? previous)
    {
        var signals = new List<string>();
        if (alliance.SignalBelow is { } below && form.Total is { } total && total < below)
        {
            signals.Add(AllianceLow);
        }
        if (alliance.ItemDropSignal is { } drop && previous is not null && form.Answers.Any(now => FellBy(now, previous, drop)))
        {
            signals.Add(AllianceItemDropped);
        }
        return signals;
    }

    /// <summary>
    /// Reliable deterioration from intake, and "not on track": below the expected band's 25th percentile, or,
    /// without a band, no reliable improvement by session 4. The intake session itself is never off track.
    /// </summary>
    public static IReadOnlyList<string> ForOutcome(InstrumentDefinition outcome, double total, double? intake, int sessionNumber, ExpectedBand? band)
    {
        var signals = new List<string>();
        if (intake is not { } start || sessionNumber <= 1)
        {
            return signals;
        }
        if (outcome.ReliableChange is { } reliable && ChangeRules.ReliableChange(start, total, reliable) == ChangeKind.Deteriorated)
        {
            signals.Add(ReliableDeterioration);
        }
        var offTrack = band is not null
            ? ScoreMath.Clean(total) < band.Low
            : outcome.ReliableChange is { } threshold && ChangeRules.NoReliableImprovementBy(sessionNumber, start, total, threshold);
        if (offTrack)
        {
            signals.Add(NotOnTrack);
        }
        return signals;
    }

    public static string TitleKey(string code) => $"Feedback.Signal.{code}.Title";

    public static string NextKey(string code) => $"Feedback.Signal.{code}.Next";

    private static bool FellBy(Answer now, IReadOnlyList<Answer> previous, double drop) =>
        previous.FirstOrDefault(p => p.LinkId == now.LinkId) is { } before && ScoreMath.Difference(now.Value, before.Value) >= drop;
}
