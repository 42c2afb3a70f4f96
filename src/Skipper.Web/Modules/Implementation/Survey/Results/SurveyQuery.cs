using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey;

/// <summary>A department's surveys and their results, for its recovery contacts and leaders and for section leaders.</summary>
public sealed class SurveyQuery(AppDbContext db, DepartmentAccess access)
{
    public static readonly Refusal NotFound = Refusal.Of(RefusalKind.NotFound, "Implementation.Survey.Error.NotFound");

    public async Task<Outcome<List<SurveyView>>> ListAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var surveys = await db.Set<UserSurvey>().AsNoTracking().Include(s => s.Questions)
            .Where(s => s.DepartmentId == departmentId).OrderByDescending(s => s.CreatedAt).ToListAsync();
        var ids = surveys.Select(s => s.Id).ToList();
        var answered = await db.Set<SurveyResponse>().AsNoTracking().Where(r => ids.Contains(r.SurveyId))
            .GroupBy(r => r.SurveyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return surveys.ConvertAll(s => SurveyView.From(s, answered.GetValueOrDefault(s.Id)));
    }

    public async Task<Outcome<SurveyResultsView>> ResultsAsync(ClaimsPrincipal user, Guid departmentId, Guid surveyId)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var survey = await db.Set<UserSurvey>().AsNoTracking().Include(s => s.Questions)
            .FirstOrDefaultAsync(s => s.Id == surveyId && s.DepartmentId == departmentId);
        if (survey is null)
        {
            return NotFound;
        }
        var responses = await db.Set<SurveyResponse>().AsNoTracking().Include(r => r.Items).Where(r => r.SurveyId == surveyId).ToListAsync();
        var view = SurveyView.From(survey, responses.Count);
        // Results only once the survey is closed: while answers still come in, comparing two looks would show one person's answer.
        return survey.State == SurveyState.Closed
            ? SurveyResults.Build(view, responses.Select(r => (IReadOnlyList<SurveyResponseItem>)r.Items).ToList(), Random.Shared)
            : SurveyResults.NotYet(view);
    }

    /// <summary>The department a survey of this municipality belongs to, for pages that have only the survey's id.</summary>
    public Task<Guid?> DepartmentOfAsync(Guid surveyId) =>
        db.Set<UserSurvey>().AsNoTracking().Where(s => s.Id == surveyId).Select(s => (Guid?)s.DepartmentId).FirstOrDefaultAsync();

    public Task<int> AnsweredAsync(Guid surveyId) => db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == surveyId);
}
