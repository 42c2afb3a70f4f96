using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.Web.Modules.Feedback.Responses;

public sealed record AnswerRequest(string? LinkId, double? Value);

/// <summary>
/// One answered form: { questionnaire: code or canonical URL, answers: [{ linkId, value }] }. Id is optional: a
/// page sends one per form shown, so a double click stores the form once.
/// </summary>
public sealed record ResponseRequest(string? Questionnaire, IReadOnlyList<AnswerRequest>? Answers, Guid? Id = null);

/// <summary>{ text }: the person's comment on an answer, at most 2000 characters; empty removes it.</summary>
public sealed record CommentRequest(string? Text);

public sealed record SignalView(string Code, string Title, string Next);

public sealed record ChangeView(double Intake, double FromIntake, string ReliableChange, bool ClinicallySignificant);

public sealed record ExpectedView(double Median, double Low, int? HistoryVersion);

/// <summary>What a stored form means: its scores, the change from intake, the cut-off status and the signals it raised.</summary>
public sealed record ResponseStored(
    Guid Id,
    Guid? SessionId,
    int? SessionNumber,
    string Questionnaire,
    InstrumentKind Kind,
    DateOnly Date,
    double? Total,
    IReadOnlyDictionary<string, double> Parts,
    ChangeView? Change,
    string? CutOff,
    ExpectedView? Expected,
    IReadOnlyList<SignalView> Signals,
    string? Comment,
    IReadOnlyList<Answer> Answers,
    AnsweredVia Via,
    string EnteredBy);
