namespace Skipper.Web.Modules.Feedback.Scoring;

/// <summary>One episode as the totals see it: first and latest outcome total, how many there were, and the mean alliance.</summary>
public sealed record EpisodeOutcome(double? Intake, double? Latest, int OutcomeCount, double? MeanAlliance);

/// <summary>
/// A staff member's own totals. Shares and effect size are over the measured episodes (two outcome totals or
/// more); null when none are measured yet.
/// </summary>
public sealed record PractitionerTotals(
    int Episodes,
    int Measured,
    double? ShareImproved,
    double? ShareDeteriorated,
    double? ShareClinicallySignificant,
    double? EffectSize,
    double? MeanAlliance);

public static class TotalsRules
{
    public static PractitionerTotals Compute(IReadOnlyList<EpisodeOutcome> episodes, double cutOff, double reliableChange)
    {
        var measured = episodes
            .Where(e => e.OutcomeCount >= 2 && e.Intake is not null && e.Latest is not null)
            .Select(e => (Intake: e.Intake!.Value, Latest: e.Latest!.Value))
            .ToList();
        var alliance = episodes.Where(e => e.MeanAlliance is not null).Select(e => e.MeanAlliance!.Value).ToList();

        double? Share(Func<(double Intake, double Latest), bool> rule) =>
            measured.Count == 0 ? null : (double)measured.Count(rule) / measured.Count;

        return new PractitionerTotals(
            episodes.Count,
            measured.Count,
            Share(e => ChangeRules.ReliableChange(e.Intake, e.Latest, reliableChange) == ChangeKind.Improved),
            Share(e => ChangeRules.ReliableChange(e.Intake, e.Latest, reliableChange) == ChangeKind.Deteriorated),
            Share(e => ChangeRules.ClinicallySignificant(e.Intake, e.Latest, cutOff, reliableChange)),
            ChangeRules.EffectSize(measured),
            alliance.Count == 0 ? null : ScoreMath.Clean(alliance.Average()));
    }
}
