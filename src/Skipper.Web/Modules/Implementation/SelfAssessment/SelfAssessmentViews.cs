namespace Skipper.Web.Modules.Implementation.SelfAssessment;

/// <summary>A new assessment: assessedOn as yyyy-mm-dd; answers by statement key, each 1–4 and all required; comments optional.</summary>
public sealed record SelfAssessmentRequest(
    string? AssessedOn,
    IReadOnlyDictionary<string, int?>? Answers,
    IReadOnlyDictionary<string, string?>? Comments);

public sealed record StatementView(string Key, string Text);

/// <summary>One assessment: its answers and comments by statement key, and the mean of the answers (1–4).</summary>
public sealed record AssessmentView(
    Guid Id,
    DateOnly AssessedOn,
    string ByName,
    double? Mean,
    IReadOnlyDictionary<string, int> Answers,
    IReadOnlyDictionary<string, string> Comments);

/// <summary>A department's assessments side by side, oldest first; the statements are the rows.</summary>
public sealed record SelfAssessmentsView(
    Guid DepartmentId,
    string DepartmentName,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<AssessmentView> Assessments);
