using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Feedback.MyFeedback;

/// <summary>One of the person's own answers, with the instrument it was answered with.</summary>
public sealed record OwnAnswer(ResponseStored Stored, InstrumentDefinition? Instrument);

/// <summary>Reads one of the person's own answers through the gate (the receipt page, and a double click's first answer).</summary>
public sealed class OwnAnswers(AppDbContext db, FeedbackDoor door, IInstruments instruments, IStringLocalizer<Texts> texts)
{
    public async Task<OwnAnswer?> FindAsync(ClaimsPrincipal user, Guid responseId)
    {
        var opened = await door.OpenOwnAsync(user, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return null;
        }
        var personId = opened.Person!.Id;
        var found = await (from r in db.Set<FeedbackResponse>().AsNoTracking()
                           join e in db.Set<FeedbackEpisode>() on r.EpisodeId equals e.Id
                           where r.Id == responseId && r.PersonId == personId
                           select new { Row = r, e.IntakeOutcome }).FirstOrDefaultAsync();
        if (found is null)
        {
            return null;
        }
        var instrument = await instruments.ByVersionIdAsync(found.Row.InstrumentVersionId) ?? await instruments.FindAsync(found.Row.InstrumentCode);
        return new OwnAnswer(ResponseViews.From(found.Row, instrument, found.IntakeOutcome, texts), instrument);
    }
}
