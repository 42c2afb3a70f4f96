using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Home;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Implementation.Survey.Answer;

/// <summary>"Your department asks what you think" on the home page while an open survey waits for my answer. One small query.</summary>
internal sealed class SurveyReminder(AppDbContext db) : IHomeReminder
{
    public async Task<IReadOnlyList<HomeReminder>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId();
        var waiting = await (from p in db.Persons.AsNoTracking()
                             join i in db.Set<SurveyInvitation>().AsNoTracking() on p.Id equals i.PersonId
                             join s in db.Set<UserSurvey>().AsNoTracking() on i.SurveyId equals s.Id
                             where p.UserId == userId && !i.Answered && s.State == SurveyState.Open
                             select s.Id).CountAsync(cancellationToken);
        return waiting == 0
            ? []
            : [new HomeReminder(SurveyPaths.Mine, "Implementation.Survey.Reminder.Title", "Implementation.Survey.Reminder.Text", "Implementation.Survey.Reminder.Link", waiting)];
    }
}
