using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.SelfAssessment.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.SelfAssessment;

/// <summary>
/// Stores a department's answers to the checklist. One assessment per half-year: a second in the same half-year is
/// refused (409) and names the date of the first, so the department compares like with like over time.
/// </summary>
public sealed class SelfAssessmentCommands(AppDbContext db, SelfAssessmentQuery query, TimeProvider clock)
{
    public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);

    public async Task<Outcome<AssessmentView>> AddAsync(ClaimsPrincipal user, Guid departmentId, SelfAssessmentRequest? request)
    {
        var department = await query.OpenAsync(user, departmentId);
        if (!department.Succeeded)
        {
            return department.Refusal;
        }
        var (clean, refusal) = SelfAssessmentRules.Check(request, Checklist.Statements, Today());
        if (refusal is not null)
        {
            return refusal;
        }
        var half = HalfYear.Of(clean.AssessedOn);
        if (await AlreadyAsync(departmentId, half) is { } taken)
        {
            return taken;
        }
        var assessment = new DepartmentSelfAssessment
        {
            Id = Guid.NewGuid(),
            DepartmentId = departmentId,
            AssessedOn = clean.AssessedOn,
            Year = half.Year,
            Half = half.Half,
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = user.UserId(),
            CreatedByName = user.DisplayNameOf(),
            Answers = clean.Answers.Select(a => new SelfAssessmentAnswer { StatementKey = a.Key, Value = a.Value, Comment = a.Comment }).ToList(),
        };
        db.Add(assessment);
        if (!await db.TrySaveAsync())
        {
            return await AlreadyAsync(departmentId, half) ?? Platform.Input.InputRules.Conflict;
        }
        return SelfAssessmentQuery.View(assessment);
    }

    private async Task<Refusal?> AlreadyAsync(Guid departmentId, HalfYear half)
    {
        var earlier = await db.Set<DepartmentSelfAssessment>().AsNoTracking()
            .Where(a => a.DepartmentId == departmentId && a.Year == half.Year && a.Half == half.Half)
            .Select(a => (DateOnly?)a.AssessedOn).FirstOrDefaultAsync();
        return earlier is { } date
            ? new Refusal(RefusalKind.Conflict, "Implementation.SelfAssessment.Error.SameHalfYear",
                [new FieldError("assessedOn", "Implementation.SelfAssessment.Error.SameHalfYear", date)])
            : null;
    }
}
