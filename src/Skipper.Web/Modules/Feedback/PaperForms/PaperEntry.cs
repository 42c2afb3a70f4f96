using System.Security.Claims;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Modules.Feedback.Sessions;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.PaperForms;

/// <summary>The forms typed in from paper: each instrument's answers as given (an empty form is not entered).</summary>
public sealed record PaperRequest(DateOnly? Date, IReadOnlyList<ResponseRequest> Forms);

public sealed record PaperEntered(Guid SessionId, int Number, DateOnly Date, IReadOnlyList<ResponseStored> Forms);

/// <summary>
/// Staff type in earlier paper forms with their real date: a session on that day, its forms (stored as entered by
/// staff), and the session finished at once. Every form is checked first, so a wrong value stores nothing.
/// </summary>
public sealed class PaperEntry(SessionCommands sessions, SubmitResponse submit, IInstruments instruments, TimeProvider clock)
{
    public const string DateField = "date";

    public async Task<Outcome<PaperEntered>> EnterAsync(ClaimsPrincipal user, Guid personId, PaperRequest request)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().InNorway().DateTime);
        if (request.Date is not { } date)
        {
            return Refusal.Of(RefusalKind.Invalid, "Feedback.Paper.Error.Date", DateField);
        }
        if (date >= today)
        {
            return Refusal.Of(RefusalKind.Invalid, "Feedback.Paper.Error.Earlier", DateField);
        }
        var forms = request.Forms.Where(f => f.Answers is { Count: > 0 }).ToList();
        if (forms.Count == 0)
        {
            return Refusal.Of(RefusalKind.Invalid, "Feedback.Paper.Error.Empty");
        }
        var errors = new List<FieldError>();
        foreach (var form in forms)
        {
            var instrument = await instruments.FindAsync(form.Questionnaire ?? "");
            if (instrument is null || instrument.Kind == Data.InstrumentKind.Recovery)
            {
                return Refusal.Of(RefusalKind.Invalid, "Feedback.Error.QuestionnaireUnknown", "questionnaire");
            }
            var (_, problems) = FormScoring.Score(instrument, [.. form.Answers!.Select(a => new Answer(a.LinkId ?? "", a.Value ?? double.NaN))]);
            errors.AddRange(problems.Select(p => p with { Field = TypedAnswers.FieldName(instrument.Code, p.Field) }));
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var started = await sessions.StartAsync(user, personId, new StartSessionRequest(date));
        if (!started.Succeeded)
        {
            return started.Refusal;
        }
        var stored = new List<ResponseStored>();
        foreach (var form in forms)
        {
            var answered = await submit.SubmitAsync(user, started.Value.Id, form);
            if (!answered.Succeeded)
            {
                return answered.Refusal;
            }
            stored.Add(answered.Value);
        }
        // A paper session is over when it is typed in; it must never look like today's open session.
        await sessions.FinishAsync(user, started.Value.Id);
        return new PaperEntered(started.Value.Id, started.Value.Number, date, stored);
    }
}
