using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.Survey.Data;

public enum SurveyState
{
    Draft,
    Open,
    Closed,
}

public enum QuestionKind
{
    /// <summary>1 to 5, with words for both ends.</summary>
    Scale,
    YesNo,
    FreeText,
}

/// <summary>A department's short survey, written with its user council. Department work, not a person's data.</summary>
public sealed class UserSurvey : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid DepartmentId { get; set; }
    public required string Title { get; set; }
    public required string Intro { get; set; }

    /// <summary>Who wrote it together with the department, for example the user council.</summary>
    public required string WrittenWith { get; set; }
    public SurveyState State { get; set; }

    /// <summary>How many were asked: the department's persons with an account when it opened.</summary>
    public int Invited { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int Version { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];
}

public sealed class SurveyQuestion : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid SurveyId { get; set; }

    /// <summary>1, 2, 3 ... in the order asked.</summary>
    public int Number { get; set; }
    public required string Text { get; set; }
    public QuestionKind Kind { get; set; }
    public string? LowLabel { get; set; }
    public string? HighLabel { get; set; }
}

/// <summary>
/// One person asked when the survey opened, and whether they have answered. It never names an answer, and its
/// rows are written at opening (not at answering), so neither an id nor the order of rows ties a person to an answer.
/// </summary>
public sealed class SurveyInvitation : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid SurveyId { get; set; }
    public Guid PersonId { get; set; }
    public bool Answered { get; set; }
    public int Version { get; set; }
}

/// <summary>One anonymous answer: a random id, no person, no account, no time.</summary>
public sealed class SurveyResponse : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid SurveyId { get; set; }
    public List<SurveyResponseItem> Items { get; set; } = [];
}

/// <summary>The answer to one question: a score 1–5, yes or no, or words.</summary>
public sealed class SurveyResponseItem : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid ResponseId { get; set; }
    public int Number { get; set; }
    public int? Score { get; set; }
    public bool? Yes { get; set; }
    public string? Text { get; set; }
}
