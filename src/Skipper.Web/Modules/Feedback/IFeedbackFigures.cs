namespace Skipper.Web.Modules.Feedback;

/// <summary>
/// Outcome of the episodes that ended in a range, for one department (null: persons without a department). Change
/// figures count only episodes with at least two outcome answers; the people counts are distinct persons, for hiding
/// small cells.
/// </summary>
/// <param name="ChangeEpisodes">Ended episodes with an intake and a later outcome answer (OutcomeCount of 2 or more).</param>
/// <param name="ClinicalIntake">Change episodes whose intake lay below the outcome instrument's cut-off.</param>
/// <param name="ClinicallySignificant">Of those: reliable improvement, ending at or over the cut-off.</param>
/// <param name="SumIntake">Sum of the change episodes' intake totals, with SumSqIntake and SumChange for the pre–post effect size.</param>
public sealed record EpisodeOutcomeFigures(
    int EpisodesEnded,
    int EpisodePeople,
    int ChangeEpisodes,
    int ChangePeople,
    int ReliableImprovement,
    int ReliableDeterioration,
    int ClinicalIntake,
    int ClinicalPeople,
    int ClinicallySignificant,
    double SumIntake,
    double SumSqIntake,
    double SumChange);

/// <summary>Alliance answers dated in a range: how many, how many below the instrument's signal, from how many people.</summary>
public sealed record AllianceFigures(int Answers, int LowAnswers, int People);

/// <summary>
/// People with an outcome answer in a range, judged by their latest answer in it: how many had an expected band
/// stored with that answer, and how many of those lay below it (not on track).
/// </summary>
public sealed record OnTrackFigures(int KnownPeople, int NotOnTrackPeople);

/// <summary>Recovery questionnaires (INSPIRE) dated in a range: sums of the Support and Relationship scores (0–100) and how many were scored.</summary>
public sealed record RecoveryFigures(int Answers, int People, double SumSupport, int SupportCount, double SumRelationship, int RelationshipCount);

/// <summary>Everything the Feedback module counts for one department in one range.</summary>
/// <param name="DepartmentId">The persons' department; null for persons without one.</param>
public sealed record DepartmentFeedbackFigures(
    Guid? DepartmentId,
    EpisodeOutcomeFigures Outcome,
    AllianceFigures Alliance,
    OnTrackFigures OnTrack,
    RecoveryFigures Recovery);

/// <summary>
/// The Feedback module's facade for leaders' figures: sums and counts per department, never a person or an answer.
/// Reads the current municipality (the request's, or the one a background job set); the caller decides who may see.
/// </summary>
public interface IFeedbackFigures
{
    /// <summary>One row per department that has anything in the range [<paramref name="from"/>, <paramref name="to"/>] (Norwegian dates, both included).</summary>
    Task<IReadOnlyList<DepartmentFeedbackFigures>> ForRangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The day of the municipality's first feedback answer or episode end; null when there is none.</summary>
    Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default);
}
