using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Feedback.Data;

/// <summary>What an instrument measures; the product's rules (graphs, signals, due dates) follow the kind, never the wording.</summary>
public enum InstrumentKind
{
    /// <summary>Before each session: how life is going (0–40, cut-off, reliable change).</summary>
    Outcome,

    /// <summary>After each session: how the session went (0–40, signal below a threshold).</summary>
    Alliance,

    /// <summary>A few times a year: support for recovery, in the format of INSPIRE (parts scored 0–100).</summary>
    Recovery,
}

/// <summary>How an answered form came in: from the person's own account, on staff's tablet, or typed in by staff from paper.</summary>
public enum AnsweredVia
{
    Self,
    HandOver,
    Staff,
}

/// <summary>
/// One uploaded version of an instrument definition: a FHIR R4 Questionnaire (JSON) with Skipper's extensions for
/// scale, scoring and cut-offs. Versions are kept: a stored answer points at the version it was answered with.
/// </summary>
public sealed class InstrumentVersion : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }

    /// <summary>Short code, for example "outcome"; the same over all versions of one instrument.</summary>
    public required string Code { get; set; }

    /// <summary>The Questionnaire's canonical URL.</summary>
    public required string Url { get; set; }
    public required string Version { get; set; }
    public InstrumentKind Kind { get; set; }

    /// <summary>The definition file as uploaded.</summary>
    public required string Json { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }

    /// <summary>The version new answers use; exactly one per code.</summary>
    public bool IsCurrent { get; set; }
}

/// <summary>An episode of care for one person: sessions are numbered within it. Ended episodes feed the expected trajectories.</summary>
public sealed class FeedbackEpisode : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>1 for the person's first episode, 2 for the first restart, and so on.</summary>
    public int Number { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public required string StartedBy { get; set; }
    public string? EndedBy { get; set; }

    /// <summary>Sessions held in the episode so far; the next session gets SessionCount + 1.</summary>
    public int SessionCount { get; set; }

    /// <summary>The first outcome total of the episode, and the latest: kept here so totals and trajectories read one row per episode.</summary>
    public double? IntakeOutcome { get; set; }
    public double? LatestOutcome { get; set; }
    public int OutcomeCount { get; set; }

    /// <summary>Raised on every change; a change that carries an older number is refused.</summary>
    public int Version { get; set; }
}

/// <summary>A session (time) within an episode. Forms are answered in it while it is open.</summary>
public sealed class FeedbackSession : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid EpisodeId { get; set; }
    public int Number { get; set; }

    /// <summary>The day the session was held; earlier than today when staff type in paper forms.</summary>
    public DateOnly Date { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>After this, no more answers: an expired session.</summary>
    public DateTimeOffset OpenUntil { get; set; }

    /// <summary>Set when staff finish the session: a finished session takes no more answers.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
    public Guid StartedByUserId { get; set; }
    public required string StartedBy { get; set; }

    /// <summary>Started by staff to type in earlier paper forms with their real date.</summary>
    public bool FromPaper { get; set; }
}

/// <summary>
/// One submitted form: the answers, the scores, and what the scores meant when they were stored (signals and the
/// expected band with the version of the history it came from), so that a later recalculation never changes what
/// staff saw.
/// </summary>
public sealed class FeedbackResponse : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid EpisodeId { get; set; }

    /// <summary>Null for a recovery questionnaire the person answered outside a session.</summary>
    public Guid? SessionId { get; set; }
    public int? SessionNumber { get; set; }
    public Guid InstrumentVersionId { get; set; }
    public required string InstrumentCode { get; set; }
    public InstrumentKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public DateTimeOffset StoredAt { get; set; }
    public AnsweredVia Via { get; set; }

    /// <summary>Name of whoever typed the answers in (the person, or staff from paper).</summary>
    public required string EnteredBy { get; set; }

    /// <summary>The answers as JSON: [{"linkId": "...", "value": 7.3}, ...]; an item not answered is absent.</summary>
    public required string AnswersJson { get; set; }

    /// <summary>Total for outcome and alliance; null for a recovery questionnaire (see PartScoresJson).</summary>
    public double? Total { get; set; }

    /// <summary>Score per scored part as JSON {"support": 75, "relationship": 83.3}; null when the instrument has one total.</summary>
    public string? PartScoresJson { get; set; }

    /// <summary>Signal codes raised by this answer, comma-separated (see FeedbackSignals); empty when none.</summary>
    public string Signals { get; set; } = "";

    /// <summary>The expected band at this session (outcome only), and the trajectory version it came from; null version = the fallback rule.</summary>
    public int? ExpectedVersion { get; set; }
    public double? ExpectedMedian { get; set; }
    public double? ExpectedLow { get; set; }

    /// <summary>The person's own comment on the answer, shown to staff beside the score.</summary>
    public string? Comment { get; set; }
    public DateTimeOffset? CommentedAt { get; set; }
}

/// <summary>
/// One row per person with what the caseload, the overdue list and the home page need, kept in the same save as
/// every answer and episode change (like PlanActivity), so a caseload of 60 reads 60 small rows.
/// </summary>
public sealed class FeedbackStatus : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid PersonId { get; set; }
    public Guid? OpenEpisodeId { get; set; }

    /// <summary>The session the signals belong to: an answer in a later session replaces them, one in the same session adds to them.</summary>
    public Guid? LastSessionId { get; set; }
    public int SessionCount { get; set; }
    public double? IntakeOutcome { get; set; }
    public double? LatestOutcome { get; set; }
    public double? LatestAlliance { get; set; }
    public DateOnly? LastOutcomeOn { get; set; }
    public DateOnly? LastRecoveryOn { get; set; }

    /// <summary>Signals of the latest session, comma-separated; empty when none.</summary>
    public string Signals { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A computed expected trajectory for one instrument: per intake score, the median and 25th percentile of the
/// outcome total at each session number, from the tenant's finished episodes. Each recalculation is a new version.
/// </summary>
public sealed class ExpectedTrajectory : ITenantOwned
{
    public Guid TenantId { get; set; }
    public required string InstrumentCode { get; set; }
    public int Version { get; set; }
    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>Finished episodes the history held.</summary>
    public int EpisodeCount { get; set; }

    /// <summary>The bands as JSON (see TrajectoryBands).</summary>
    public required string BandsJson { get; set; }
}
