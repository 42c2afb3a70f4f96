using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.MyFeedback;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.SessionPage;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.HandOver;

/// <summary>
/// /tilbakemelding/overlevering/{sessionId}: the form on staff's tablet in the person's hands. Only the form (outcome
/// before, alliance after: whichever is not answered yet), then thanks and an optional comment, then the lock.
/// </summary>
[Authorize(Policy = Policies.CareStaff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class OverleveringModel(
    AppDbContext db, FeedbackDoor door, IInstruments instruments, SubmitResponse submit, CommentOnResponse comments, HandOverTickets tickets) : PageModel
{
    [FromRoute]
    public Guid SessionId { get; set; }

    public InstrumentDefinition? Instrument { get; private set; }
    /// <summary>What the person typed, shown again when the form is refused.</summary>
    public string TypedFor(InstrumentItem item) => Request.HasFormContentType ? Request.Form[AnswerForm.FieldName(item)].ToString() : "";
    public Refusal? Refusal { get; private set; }
    public Guid FormId { get; private set; } = Guid.NewGuid();

    /// <summary>The answer just given: the page thanks the person and offers the comment box.</summary>
    public Guid? Answered { get; private set; }
    public string? Comment { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync() => Ticket() is { } ticket ? await ShowAsync(ticket) : Away();

    public async Task<IActionResult> OnPostAnswerAsync(Guid formId)
    {
        if (Ticket() is not { } ticket)
        {
            return Away();
        }
        if (ticket.ResponseId is not null)
        {
            return Redirect(Here);
        }
        var shown = await ShowAsync(ticket);
        if (shown is not PageResult || Instrument is null)
        {
            return shown;
        }
        FormId = formId;
        var (answers, errors) = AnswerForm.Read(Instrument, name => Request.Form[name]);
        if (errors.Count > 0)
        {
            return Refuse(Refusal.Invalid(errors));
        }
        var request = new ResponseRequest(Instrument.Code, [.. answers.Select(a => new AnswerRequest(a.LinkId, a.Value))], formId);
        var stored = await submit.SubmitAsync(User, SessionId, request, handOver: true);
        var responseId = stored.Succeeded ? stored.Value.Id : await SameFormStoredAsync(formId, stored.Refusal);
        if (responseId is null)
        {
            return Refuse(stored.Refusal!);
        }
        tickets.Issue(HttpContext, ticket with { ResponseId = responseId });
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostCommentAsync(string? comment)
    {
        if (Ticket() is not { ResponseId: { } responseId })
        {
            return Away();
        }
        var saved = await comments.SaveAsync(User, responseId, new CommentRequest(comment), handOver: true);
        if (!saved.Succeeded)
        {
            Answered = responseId;
            Comment = comment;
            return Refuse(saved.Refusal);
        }
        return Redirect(HandOverTickets.LockPath);
    }

    public IActionResult OnPostDone() => Redirect(HandOverTickets.LockPath);

    private string Here => $"{HandOverTickets.FormPath}/{SessionId}";

    /// <summary>The hand-over of this session by the signed-in staff member; anything else is not this page's to show.</summary>
    private HandOverTicket? Ticket() =>
        tickets.Read(Request) is { } ticket && ticket.SessionId == SessionId && ticket.UserId == User.UserId() ? ticket : null;

    private IActionResult Away() => HandOverTickets.IsLocked(Request) ? Redirect(HandOverTickets.LockPath) : NotFound();

    private IActionResult Refuse(Refusal refusal)
    {
        Refusal = refusal;
        Response.StatusCode = refusal.Status;
        return Page();
    }

    /// <summary>A double click: the first click stored the form under its id, so the second is the same answer, not an error.</summary>
    private async Task<Guid?> SameFormStoredAsync(Guid formId, Refusal? refusal) =>
        refusal?.Kind == RefusalKind.Conflict && await db.Set<FeedbackResponse>().AnyAsync(r => r.Id == formId && r.SessionId == SessionId)
            ? formId : null;

    private async Task<IActionResult> ShowAsync(HandOverTicket ticket)
    {
        if (ticket.ResponseId is { } answered)
        {
            Answered = answered;
            return Page();
        }
        var opened = await door.OpenAsync(User, ticket.PersonId, PersonOperation.Write);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        var done = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.SessionId == SessionId && r.PersonId == ticket.PersonId)
            .Select(r => r.InstrumentCode).ToListAsync();
        Instrument = ScoresModel.ScalesOf(await instruments.CurrentAsync()).FirstOrDefault(s => !done.Contains(s.Code));
        return Page();
    }
}
