namespace Skipper.Web.Modules.Feedback.Scoring;

/// <summary>Which way a score moved from intake, when it moved by at least the reliable change.</summary>
public enum ChangeKind
{
    None,
    Improved,
    Deteriorated,
}

/// <summary>The definitions for scoring, one named rule each.</summary>
public static class ChangeRules
{
    /// <summary>A change of at least the threshold from intake, either way (exactly at the threshold counts).</summary>
    public static ChangeKind ReliableChange(double intake, double latest, double threshold)
    {
        var change = ScoreMath.Difference(intake, latest);
        return change >= threshold ? ChangeKind.Improved
            : change <= -threshold ? ChangeKind.Deteriorated
            : ChangeKind.None;
    }

    /// <summary>Reliable improvement from an intake under the cut-off to a latest score at or over it.</summary>
    public static bool ClinicallySignificant(double intake, double latest, double cutOff, double threshold) =>
        intake < cutOff && latest >= cutOff && ReliableChange(intake, latest, threshold) == ChangeKind.Improved;

    /// <summary>Pre–post effect size: mean(latest − intake) / SD(intake), sample SD; null with fewer than two episodes or no spread.</summary>
    public static double? EffectSize(IReadOnlyList<(double Intake, double Latest)> episodes)
    {
        if (episodes.Count < 2)
        {
            return null;
        }
        var meanIntake = episodes.Average(e => e.Intake);
        var variance = episodes.Sum(e => (e.Intake - meanIntake) * (e.Intake - meanIntake)) / (episodes.Count - 1);
        var sd = Math.Sqrt(variance);
        if (ScoreMath.Clean(sd) == 0)
        {
            return null;
        }
        return episodes.Average(e => e.Latest - e.Intake) / sd;
    }

    /// <summary>
    /// The p-th percentile (p in 0..1) by linear interpolation between closest ranks: R's type 7, Excel's
    /// PERCENTILE.INC. Position h = (n − 1)·p in the sorted values, between the two values around it.
    /// </summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), "A percentile lies in 0..1.");
        }
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>The fallback before a tenant has enough history: at session 4 or later, still no reliable improvement.</summary>
    public static bool NoReliableImprovementBy(int sessionNumber, double intake, double latest, double threshold) =>
        sessionNumber >= 4 && ScoreMath.Difference(intake, latest) < threshold;
}
