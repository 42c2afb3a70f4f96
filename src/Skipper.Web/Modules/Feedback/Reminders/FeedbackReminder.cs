using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Home;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.Reminders;

/// <summary>
/// "Your feedback is due" on the person's home page: one small query for their own status row (kept in the same
/// save as every answer), and the due rule of each instrument. Nothing of anyone else's is read.
/// </summary>
internal sealed class FeedbackReminder(AppDbContext db, IInstruments instruments, TimeProvider clock) : IHomeReminder
{
    public async Task<IReadOnlyList<HomeReminder>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId();
        var status = await (from p in db.Persons.AsNoTracking()
                            join s in db.Set<FeedbackStatus>() on p.Id equals s.PersonId
                            where p.UserId == userId && s.OpenEpisodeId != null
                            select new { s.LastOutcomeOn, s.LastRecoveryOn }).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return [];
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
        var due = new List<HomeReminder>();
        foreach (var instrument in await instruments.CurrentAsync(cancellationToken))
        {
            var last = instrument.Kind switch
            {
                InstrumentKind.Outcome => status.LastOutcomeOn,
                InstrumentKind.Recovery => status.LastRecoveryOn,
                _ => null,
            };
            if (instrument.Kind != InstrumentKind.Alliance && DueRule.IsDue(true, last, instrument.DueEveryDays, today))
            {
                var kind = instrument.Kind == InstrumentKind.Recovery ? "Recovery" : "Outcome";
                due.Add(new HomeReminder(FeedbackPaths.Answer(instrument.Code), $"Feedback.Reminder.{kind}.Title", $"Feedback.Reminder.{kind}.Text", "Feedback.Reminder.Link"));
            }
        }
        return due;
    }
}
