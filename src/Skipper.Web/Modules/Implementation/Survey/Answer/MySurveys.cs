using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey.Answer;

/// <summary>One answer: the question's number and a score 1–5, yes (true/false), or text, as the question asks.</summary>
public sealed record AnswerItem(int Number, int? Score, bool? Yes, string? Text);

/// <summary>{ answers: [ { number, score | yes | text } ] }: any question may be skipped, but not all.</summary>
public sealed record AnswerRequest(IReadOnlyList<AnswerItem?>? Answers);

/// <summary>A survey I was asked to answer: whether I have, and whether it is still open.</summary>
public sealed record MySurveyView(Guid Id, string Title, string Intro, string WrittenWith, string State, bool Answered, IReadOnlyList<QuestionView> Questions)
{
    public bool IsOpen => State == EnumNames.Of(SurveyState.Open);
}

/// <summary>What the person sees after answering: nothing that points back to the stored answer.</summary>
public sealed record AnswerReceipt(Guid SurveyId, bool Answered);

/// <summary>
/// The person's side: the surveys they were asked when they opened, and answering one once. The answer is stored
/// with a random id and nothing about who or when; only the invitation records that this person has answered.
/// </summary>
public sealed class MySurveys(AppDbContext db)
{
    public static readonly Refusal Closed = Refusal.Of(RefusalKind.Conflict, "Implementation.Survey.Error.Closed");
    public static readonly Refusal NotOpenYet = Refusal.Of(RefusalKind.Conflict, "Implementation.Survey.Error.NotOpenYet");
    public static readonly Refusal AlreadyAnswered = Refusal.Of(RefusalKind.Conflict, "Implementation.Survey.Error.AlreadyAnswered");

    /// <summary>Open surveys I was asked, the ones I have not answered first.</summary>
    public async Task<List<MySurveyView>> OpenAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var personId = await PersonIdAsync(user, cancellationToken);
        var rows = await (from i in db.Set<SurveyInvitation>().AsNoTracking()
                          join s in db.Set<UserSurvey>().AsNoTracking().Include(s => s.Questions) on i.SurveyId equals s.Id
                          where i.PersonId == personId && s.State == SurveyState.Open
                          select new { Survey = s, i.Answered }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Answered).ThenBy(r => r.Survey.Title).Select(r => View(r.Survey, r.Answered)).ToList();
    }

    public async Task<Outcome<MySurveyView>> OneAsync(ClaimsPrincipal user, Guid surveyId)
    {
        var (survey, invitation, refusal) = await FindAsync(user, surveyId);
        return survey is null ? refusal! : View(survey, invitation?.Answered ?? false);
    }

    public async Task<Outcome<AnswerReceipt>> AnswerAsync(ClaimsPrincipal user, Guid surveyId, AnswerRequest? request)
    {
        var (survey, invitation, refusal) = await FindAsync(user, surveyId, tracked: true);
        if (survey is null)
        {
            return refusal!;
        }
        if (survey.State == SurveyState.Draft)
        {
            return NotOpenYet;
        }
        if (survey.State == SurveyState.Closed)
        {
            return Closed;
        }
        if (invitation is null)
        {
            return SurveyQuery.NotFound;
        }
        if (invitation.Answered)
        {
            return AlreadyAnswered;
        }
        var (items, invalid) = SurveyAnswerRules.Check(survey.Questions, request);
        if (invalid is not null)
        {
            return invalid;
        }
        db.Add(new SurveyResponse { Id = Guid.NewGuid(), SurveyId = survey.Id, Items = items });
        invitation.Answered = true;
        invitation.Version++;
        // A second answer racing the first fails on the invitation's version: one answer per person, nothing else stored.
        return await db.TrySaveAsync() ? new AnswerReceipt(survey.Id, true) : AlreadyAnswered;
    }

    /// <summary>
    /// The survey and my invitation. Not found unless I was asked, or it is a draft of my own department (which then
    /// says it is not open yet), so no one learns of other departments' surveys.
    /// </summary>
    private async Task<(UserSurvey? Survey, SurveyInvitation? Invitation, Refusal? Refusal)> FindAsync(ClaimsPrincipal user, Guid surveyId, bool tracked = false)
    {
        var person = await db.Persons.AsNoTracking().Where(p => p.UserId == user.UserId()).Select(p => new { p.Id, p.DepartmentId }).FirstOrDefaultAsync();
        if (person is null)
        {
            return (null, null, SurveyQuery.NotFound);
        }
        var surveys = tracked ? db.Set<UserSurvey>() : db.Set<UserSurvey>().AsNoTracking();
        var survey = await surveys.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == surveyId);
        var invitations = tracked ? db.Set<SurveyInvitation>() : db.Set<SurveyInvitation>().AsNoTracking();
        var invitation = survey is null ? null : await invitations.FirstOrDefaultAsync(i => i.SurveyId == surveyId && i.PersonId == person.Id);
        var mine = invitation is not null || (survey?.State == SurveyState.Draft && survey.DepartmentId == person.DepartmentId);
        return survey is not null && mine ? (survey, invitation, null) : (null, null, SurveyQuery.NotFound);
    }

    private async Task<Guid> PersonIdAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.Persons.AsNoTracking().Where(p => p.UserId == user.UserId()).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    private static MySurveyView View(UserSurvey s, bool answered) =>
        new(s.Id, s.Title, s.Intro, s.WrittenWith, EnumNames.Of(s.State), answered, s.Questions.OrderBy(q => q.Number).Select(QuestionView.From).ToList());
}
