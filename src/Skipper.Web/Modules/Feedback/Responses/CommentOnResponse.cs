using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.Responses;

/// <summary>
/// The person's comment on their own answer ("the 3 is about work, not you"), shown to staff beside the score.
/// Only the person writes it: from their own account, or on staff's tablet right after answering (hand-over).
/// </summary>
public sealed class CommentOnResponse(AppDbContext db, FeedbackDoor door, IInstruments instruments, TimeProvider clock, IStringLocalizer<Texts> texts)
{
    public async Task<Outcome<ResponseStored>> SaveAsync(ClaimsPrincipal user, Guid responseId, CommentRequest? request, bool handOver = false)
    {
        var row = await db.Set<FeedbackResponse>().FirstOrDefaultAsync(r => r.Id == responseId);
        var opened = row is null ? null : await door.OpenAsync(user, row.PersonId, PersonOperation.Write);
        if (row is null || opened is not { IsOpen: true })
        {
            return Refusal.Of(RefusalKind.NotFound, "Feedback.Error.ResponseNotFound");
        }
        var mayWrite = opened.Via == PersonAccessVia.Self || (handOver && row.Via == AnsweredVia.HandOver && row.StoredAt > clock.GetUtcNow().AddHours(-1));
        if (!mayWrite)
        {
            return Refusal.Of(RefusalKind.Forbidden, "Feedback.Error.CommentIsThePersons");
        }
        var text = request?.Text?.Trim() ?? "";
        if (text.Length > FeedbackLimits.Comment)
        {
            return Refusal.Invalid([new FieldError("text", "Feedback.Error.CommentTooLong", FeedbackLimits.Comment)]);
        }
        row.Comment = text.Length == 0 ? null : text;
        row.CommentedAt = text.Length == 0 ? null : clock.GetUtcNow();
        await db.SaveChangesAsync();
        await door.RecordChangeAsync(user, opened, $"{FeedbackDoor.Resource}/responses/{row.Id}/comment");
        var intake = await db.Set<FeedbackEpisode>().Where(e => e.Id == row.EpisodeId).Select(e => e.IntakeOutcome).FirstAsync();
        return ResponseViews.From(row, await instruments.ByVersionIdAsync(row.InstrumentVersionId), intake, texts);
    }
}
