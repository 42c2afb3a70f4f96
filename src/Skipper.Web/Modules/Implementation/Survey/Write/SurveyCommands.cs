using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey.Write;

/// <summary>
/// A department's recovery contact or leader (or a section leader) writes a survey, opens it (which asks every
/// person of the department who has an account at that moment) and closes it.
/// </summary>
public sealed class SurveyCommands(AppDbContext db, DepartmentAccess access, SurveyQuery query, TimeProvider clock)
{
    public static readonly Refusal NotDraft = Refusal.Of(RefusalKind.Conflict, "Implementation.Survey.Error.NotDraft");
    public static readonly Refusal NotOpen = Refusal.Of(RefusalKind.Conflict, "Implementation.Survey.Error.NotOpenToClose");

    public async Task<Outcome<SurveyView>> CreateAsync(ClaimsPrincipal user, Guid departmentId, SurveyRequest? request)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (survey, refusal) = SurveyDraftRules.Check(request);
        if (refusal is not null)
        {
            return refusal;
        }
        survey!.Id = Guid.NewGuid();
        survey.DepartmentId = departmentId;
        survey.State = SurveyState.Draft;
        survey.CreatedBy = user.DisplayNameOf();
        survey.CreatedAt = clock.GetUtcNow();
        survey.Version = 1;
        db.Add(survey);
        await db.SaveChangesAsync();
        return SurveyView.From(survey, 0);
    }

    public async Task<Outcome<SurveyView>> OpenAsync(ClaimsPrincipal user, Guid departmentId, Guid surveyId)
    {
        var (survey, refusal) = await FindAsync(user, departmentId, surveyId);
        if (survey is null)
        {
            return refusal!;
        }
        if (survey.State != SurveyState.Draft)
        {
            return NotDraft;
        }
        var activeAccounts = db.Users.Where(u => u.IsActive).Select(u => u.Id);
        var invited = await db.Persons.AsNoTracking()
            .Where(p => p.DepartmentId == departmentId && p.UserId != null && activeAccounts.Contains(p.UserId!.Value))
            .Select(p => p.Id).ToListAsync();
        db.AddRange(invited.Select(personId => new SurveyInvitation { SurveyId = survey.Id, PersonId = personId }));
        survey.State = SurveyState.Open;
        survey.Invited = invited.Count;
        survey.OpenedOn = Today();
        survey.Version++;
        return await db.TrySaveAsync() ? SurveyView.From(survey, 0) : NotDraft;
    }

    public async Task<Outcome<SurveyView>> CloseAsync(ClaimsPrincipal user, Guid departmentId, Guid surveyId)
    {
        var (survey, refusal) = await FindAsync(user, departmentId, surveyId);
        if (survey is null)
        {
            return refusal!;
        }
        if (survey.State != SurveyState.Open)
        {
            return NotOpen;
        }
        survey.State = SurveyState.Closed;
        survey.ClosedOn = Today();
        survey.Version++;
        if (!await db.TrySaveAsync())
        {
            return NotOpen;
        }
        return SurveyView.From(survey, await query.AnsweredAsync(survey.Id));
    }

    private async Task<(UserSurvey? Survey, Refusal? Refusal)> FindAsync(ClaimsPrincipal user, Guid departmentId, Guid surveyId)
    {
        var opened = await access.OpenAsync(user, departmentId);
        if (!opened.Succeeded)
        {
            return (null, opened.Refusal);
        }
        var survey = await db.Set<UserSurvey>().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == surveyId && s.DepartmentId == departmentId);
        return survey is null ? (null, SurveyQuery.NotFound) : (survey, null);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
}
