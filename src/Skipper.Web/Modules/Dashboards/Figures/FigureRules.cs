using Skipper.Web.Modules.Dashboards.Cells;

namespace Skipper.Web.Modules.Dashboards.Figures;

/// <summary>What a figure's number means, for drawing its axis and writing it.</summary>
public enum FigureUnit
{
    Count,
    Percent,
    Score,
    EffectSize,
    Days,
    Fte,
}

/// <summary>A figure worked out from summed cells: its value (null when there is nothing to compute it from), its n, and how many people it stands on.</summary>
public sealed record Computed(double? Value, int N, int People);

/// <summary>
/// One figure of the dashboard: its key (also the text key's last part), its group, its unit, and how it is computed.
/// <paramref name="AboutPeople"/> is false for counts that are not about persons (sessions held): those are never hidden.
/// </summary>
public sealed record FigureRule(string Key, string Group, FigureUnit Unit, Func<CellSum, Computed> Compute, bool AboutPeople = true);

/// <summary>The dashboard's figures, in the order they are shown; each one a named rule over summed cells.</summary>
public static class FigureRules
{
    public const string Feedback = "feedback";
    public const string Inspire = "inspire";
    public const string Participation = "participation";
    public const string Reflection = "reflection";
    public const string Access = "access";
    public const string Peers = "peers";

    public static IReadOnlyList<string> Groups { get; } = [Feedback, Inspire, Participation, Reflection, Access, Peers];

    /// <summary>The figures from cells; the exercises are added per exercise the guide counts.</summary>
    public static IReadOnlyList<FigureRule> For(IEnumerable<string> exercises) =>
    [
        new("episodes", Feedback, FigureUnit.Count, s => new(s.EpisodesEnded, s.EpisodesEnded, s.EpisodePeople)),
        new("reliable-improvement", Feedback, FigureUnit.Percent, s => Share(s.ReliableImprovement, s.ChangeEpisodes, s.ChangePeople)),
        new("reliable-deterioration", Feedback, FigureUnit.Percent, s => Share(s.ReliableDeterioration, s.ChangeEpisodes, s.ChangePeople)),
        new("clinically-significant", Feedback, FigureUnit.Percent, s => Share(s.ClinicallySignificant, s.ClinicalIntake, s.ClinicalPeople)),
        new("effect-size", Feedback, FigureUnit.EffectSize, s => new(EffectSize(s.ChangeEpisodes, s.SumIntake, s.SumSqIntake, s.SumChange), s.ChangeEpisodes, s.ChangePeople)),
        new("low-alliance", Feedback, FigureUnit.Percent, s => Share(s.LowAlliance, s.AllianceAnswers, s.AlliancePeople)),
        new("not-on-track", Feedback, FigureUnit.Percent, s => Share(s.NotOnTrackPeople, s.OnTrackKnownPeople, s.OnTrackKnownPeople)),
        new("support", Inspire, FigureUnit.Score, s => Mean(s.SumSupport, s.SupportCount, s.RecoveryPeople)),
        new("relationship", Inspire, FigureUnit.Score, s => Mean(s.SumRelationship, s.RelationshipCount, s.RecoveryPeople)),
        new("recovery-answers", Inspire, FigureUnit.Count, s => new(s.RecoveryAnswers, s.RecoveryAnswers, s.RecoveryPeople)),
        new("meetings-attended", Participation, FigureUnit.Percent, s => Share(s.MeetingsAttended, s.Meetings, s.MeetingPeople)),
        new("reflection-sessions", Reflection, FigureUnit.Count, s => new(s.ReflectionSessions, s.ReflectionSessions, 0), AboutPeople: false),
        .. exercises.Select(exercise => new FigureRule("exercise-" + exercise, Reflection, FigureUnit.Percent, s => Exercise(s, exercise))),
        new("wait-median", Access, FigureUnit.Days, s => Wait(s, 0.5)),
        new("wait-p90", Access, FigureUnit.Days, s => Wait(s, 0.9)),
        new("restart-requests", Access, FigureUnit.Count, s => new(s.RestartRequests, s.RestartRequests, s.RestartPeople)),
        new("restart-waiting", Access, FigureUnit.Count, s => new(s.RestartStillWaiting, s.RestartRequests, s.RestartPeople)),
    ];

    /// <summary>A share in percent of <paramref name="whole"/>; null when the whole is 0.</summary>
    public static Computed Share(int part, int whole, int people) => new(whole == 0 ? null : 100.0 * part / whole, whole, people);

    public static Computed Mean(double sum, int count, int people) => new(count == 0 ? null : sum / count, count, people);

    /// <summary>
    /// Pre–post effect size: mean change over the sample standard deviation (n − 1) of the intake scores, from sums so
    /// that cells add up; null with fewer than two episodes or no spread at intake.
    /// </summary>
    public static double? EffectSize(int n, double sumIntake, double sumSqIntake, double sumChange)
    {
        if (n < 2)
        {
            return null;
        }
        var variance = (sumSqIntake - (sumIntake * sumIntake / n)) / (n - 1);
        var sd = Math.Sqrt(Math.Max(0, variance));
        return sd < 1e-9 ? null : sumChange / n / sd;
    }

    /// <summary>
    /// The share of staff who did an exercise. It stands on the staff, and also on those who did it: 1–4 who did it is
    /// too few to show, while none who did it reveals no one.
    /// </summary>
    private static Computed Exercise(CellSum s, string exercise)
    {
        var done = s.ExercisesDone.GetValueOrDefault(exercise);
        return Share(done, s.Staff, done == 0 ? s.Staff : Math.Min(done, s.Staff));
    }

    private static Computed Wait(CellSum s, double p)
    {
        var waited = s.WaitDays.Values.Sum();
        return new(WaitHistogram.Percentile(s.WaitDays, p), waited, s.RestartPeople);
    }
}
