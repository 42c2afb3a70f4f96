using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.SelfAssessment.Data;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.SelfAssessment;

/// <summary>A department's self-assessments side by side, for its recovery contacts and leaders and the section leaders.</summary>
public sealed class SelfAssessmentQuery(AppDbContext db, DepartmentAccess access)
{
    public static readonly Refusal NotYours = Refusal.Of(RefusalKind.Forbidden, "Implementation.SelfAssessment.Error.NotYours");
    public static readonly Refusal Unknown = Refusal.Of(RefusalKind.NotFound, "Implementation.SelfAssessment.Error.UnknownDepartment");

    public async Task<Outcome<SelfAssessmentsView>> ReadAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var department = await OpenAsync(user, departmentId);
        if (!department.Succeeded)
        {
            return department.Refusal;
        }
        var assessments = await db.Set<DepartmentSelfAssessment>().AsNoTracking().Include(a => a.Answers)
            .Where(a => a.DepartmentId == departmentId).OrderBy(a => a.AssessedOn).ToListAsync();
        var culture = CultureInfo.CurrentUICulture;
        var statements = Checklist.Statements.Select(s => new StatementView(s.Key, s.Text(culture))).ToList();
        // Answers to a statement no longer shipped still show, under its key, so no earlier answer disappears.
        var retired = assessments.SelectMany(a => a.Answers).Select(a => a.StatementKey).Distinct()
            .Where(k => statements.All(s => s.Key != k)).Order(StringComparer.Ordinal).Select(k => new StatementView(k, k));
        return new SelfAssessmentsView(departmentId, department.Value.Name, [.. statements, .. retired],
            assessments.Select(View).ToList());
    }

    /// <summary>The department through DepartmentAccess, with this part's own words for a refusal.</summary>
    public async Task<Outcome<Platform.Tenancy.Department>> OpenAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var department = await access.OpenAsync(user, departmentId);
        if (department.Succeeded)
        {
            return department;
        }
        return department.Refusal.Kind == RefusalKind.Forbidden ? NotYours : Unknown;
    }

    internal static AssessmentView View(DepartmentSelfAssessment a) => new(
        a.Id,
        a.AssessedOn,
        a.CreatedByName,
        AnswerScale.Mean(a.Answers.Select(x => x.Value)),
        a.Answers.ToDictionary(x => x.StatementKey, x => x.Value),
        a.Answers.Where(x => x.Comment.Length > 0).ToDictionary(x => x.StatementKey, x => x.Comment));
}
