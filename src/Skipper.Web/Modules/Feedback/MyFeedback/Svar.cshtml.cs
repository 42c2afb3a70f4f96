using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Modules.Feedback.Sessions;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.MyFeedback;

/// <summary>
/// /tilbakemelding/svar/{code}: one instrument's form, drawn from its definition, with one submit. The outcome
/// scale starts (or reuses) today's session; "how was the session" goes into the open session; the recovery
/// questionnaire is answered outside a session. A per-form id makes a double click store one answer.
/// </summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SvarModel(IInstruments instruments, FeedbackDoor door, FeedbackQuery query, SessionCommands sessions, SubmitResponse submit, OwnAnswers own)
    : PageModel
{
    public InstrumentDefinition Instrument { get; private set; } = null!;
    public Guid FormId { get; private set; } = Guid.NewGuid();
    public Guid? SessionId { get; private set; }

    /// <summary>Alliance only: no open session to answer about, or this session's answer is already in.</summary>
    public bool NoSession { get; private set; }
    public Guid? AlreadyAnswered { get; private set; }
    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public string? MessageKey { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await instruments.FindAsync(code) is not { } instrument)
        {
            return NotFound();
        }
        Instrument = instrument;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid formId, Guid? session)
    {
        if (await instruments.FindAsync(code) is not { } instrument)
        {
            return NotFound();
        }
        Instrument = instrument;
        FormId = formId == Guid.Empty ? Guid.NewGuid() : formId;
        Typed = instrument.Items.ToDictionary(i => i.LinkId, i => Request.Form[AnswerForm.FieldName(i)].ToString());
        var (answers, errors) = AnswerForm.Read(instrument, name => Request.Form[name].ToString());
        if (errors.Count > 0)
        {
            Errors = errors;
            MessageKey = Refusal.InvalidKey;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(session);
        }
        var request = new ResponseRequest(instrument.Code, [.. answers.Select(a => new AnswerRequest(a.LinkId, a.Value))], FormId);
        var outcome = await SubmitAsync(instrument, session, request);
        if (outcome.Succeeded)
        {
            return Redirect(FeedbackPaths.Receipt(outcome.Value.Id));
        }
        if (outcome.Refusal.Kind == RefusalKind.Conflict && await own.FindAsync(User, FormId) is { } first)
        {
            // The same form posted twice (a double click): the first one is stored, so show it.
            return Redirect(FeedbackPaths.Receipt(first.Stored.Id));
        }
        if (outcome.Refusal.Kind == RefusalKind.NotFound && session is null)
        {
            return NotFound();
        }
        Errors = outcome.Refusal.Fields;
        MessageKey = outcome.Refusal.MessageKey;
        Response.StatusCode = outcome.Refusal.Status;
        return await ShowAsync(session);
    }

    private async Task<Outcome<ResponseStored>> SubmitAsync(InstrumentDefinition instrument, Guid? session, ResponseRequest request)
    {
        switch (instrument.Kind)
        {
            case InstrumentKind.Recovery:
                return await submit.SubmitOwnAsync(User, request);
            case InstrumentKind.Alliance when session is { } sessionId:
                return await submit.SubmitAsync(User, sessionId, request);
            case InstrumentKind.Alliance:
                return Refusal.Of(RefusalKind.Invalid, "Feedback.Answer.NoSession");
            default:
                var started = await sessions.StartOwnAsync(User);
                return started.Succeeded ? await submit.SubmitAsync(User, started.Value.Id, request) : started.Refusal;
        }
    }

    private async Task<IActionResult> ShowAsync(Guid? postedSession = null)
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        if (Instrument.Kind == InstrumentKind.Alliance)
        {
            var view = await query.ReadAsync(opened, HttpContext.RequestAborted);
            var open = view.Episodes.LastOrDefault()?.Sessions.LastOrDefault(s => s.Open);
            SessionId = postedSession ?? open?.Id;
            NoSession = SessionId is null;
            AlreadyAnswered = open?.Forms.FirstOrDefault(f => f.Kind == InstrumentKind.Alliance)?.Id;
        }
        return Page();
    }

    public FieldError? ErrorFor(InstrumentItem item) => Errors.FirstOrDefault(e => e.Field == item.LinkId);

    public string TypedFor(InstrumentItem item) => Typed.TryGetValue(item.LinkId, out var value) ? value : "";
}
