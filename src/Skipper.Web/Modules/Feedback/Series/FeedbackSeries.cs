using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Modules.Feedback.Responses;

namespace Skipper.Web.Modules.Feedback.Series;

/// <summary>One session: its forms (one per instrument answered) and the signals they raised.</summary>
public sealed record SessionView(Guid Id, int Number, DateOnly Date, bool FromPaper, bool Open, IReadOnlyList<ResponseStored> Forms, IReadOnlyList<SignalView> Signals)
{
    public ResponseStored? Form(string code) => Forms.FirstOrDefault(f => f.Questionnaire == code);
}

public sealed record EpisodeSessions(EpisodeView Episode, IReadOnlyList<SessionView> Sessions);

/// <summary>The latest episode's outcome in numbers: where it started, where it is, and what the change means.</summary>
public sealed record FeedbackSummary(
    int EpisodeNumber, int Sessions, double? Intake, double? Latest, double? ChangeFromIntake, string? ReliableChange,
    bool ClinicallySignificant, double? CutOff, double? ReliableChangeThreshold, double? LatestAlliance);

/// <summary>What is due now for the person: the outcome scale (between sessions) and the recovery questionnaire.</summary>
public sealed record DueView(string Questionnaire, DateOnly? DueOn, bool IsDue);

/// <summary>GET /api/v1/persons/{id}/feedback: every episode with its sessions, the summary, the recovery questionnaires and what is due.</summary>
public sealed record FeedbackView(
    Guid PersonId,
    IReadOnlyList<EpisodeSessions> Episodes,
    FeedbackSummary? Summary,
    IReadOnlyList<ResponseStored> Recovery,
    IReadOnlyList<DueView> Due,
    Guid? OpenSessionId);
