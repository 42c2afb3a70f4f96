using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.SelfAssessment.Data;

/// <summary>A department's answers to the recovery checklist on one date; at most one each half-year.</summary>
public sealed class DepartmentSelfAssessment : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; }
    public Guid DepartmentId { get; set; }
    public DateOnly AssessedOn { get; set; }

    /// <summary>The year and half (1 or 2) of AssessedOn, kept so the database refuses a second one in the same half-year.</summary>
    public int Year { get; set; }
    public int Half { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public string CreatedByName { get; set; } = "";
    public List<SelfAssessmentAnswer> Answers { get; set; } = [];
}

/// <summary>The answer to one statement of the checklist (by its key): 1 to 4, with an optional comment.</summary>
public sealed class SelfAssessmentAnswer : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid AssessmentId { get; set; }
    public string StatementKey { get; set; } = "";
    public int Value { get; set; }
    public string Comment { get; set; } = "";
}
