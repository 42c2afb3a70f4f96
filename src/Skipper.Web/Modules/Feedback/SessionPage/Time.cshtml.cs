using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Modules.Feedback.HandOver;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.PaperForms;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Modules.Feedback.Sessions;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.SessionPage;

/// <summary>
/// /personer/{id}/tilbakemelding/time: staff start (or continue) today's session, see both scores the moment
/// they are in, hand the tablet over, finish the session, type in paper forms, and end or restart the episode.
/// </summary>
[Authorize(Policy = Policies.CareStaff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TimeModel(
    FeedbackDoor door, FeedbackQuery query, IInstruments instruments, SessionCommands sessions, EpisodeCommands episodes,
    PaperEntry paper, HandOverTickets tickets) : PageModel
{
    [FromRoute]
    public Guid PersonId { get; set; }

    public string PersonName { get; private set; } = "";
    public FeedbackView Feedback { get; private set; } = null!;
    public IReadOnlyList<InstrumentDefinition> Scales { get; private set; } = [];
    public ScoresModel? Scores { get; private set; }
    public EpisodeView? Episode => Feedback.Episodes.LastOrDefault()?.Episode;

    /// <summary>Which form was refused ("paper", "episode", "session"), with the refusal and what was typed.</summary>
    public string? Failed { get; private set; }
    public Refusal? Refusal { get; private set; }
    public IReadOnlyList<TypedForm> PaperTyped { get; private set; } = [];
    public string? TypedDate { get; private set; }
    public string? Done { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string Path => $"/personer/{PersonId}/tilbakemelding/time";

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        Done = done;
        return await ShowAsync();
    }

    /// <summary>Only the scores section, for the small refresh script.</summary>
    public async Task<IActionResult> OnGetScoresAsync()
    {
        var shown = await ShowAsync();
        return shown is PageResult && Scores is not null
            ? Partial("/Modules/Feedback/SessionPage/_Scores.cshtml", Scores)
            : shown is PageResult ? new NoContentResult() : shown;
    }

    public async Task<IActionResult> OnPostStartAsync() =>
        After(await sessions.StartAsync(User, PersonId, null), "session", "#scores") ?? await ShowAsync();

    public async Task<IActionResult> OnPostFinishAsync(Guid sessionId) =>
        After(await sessions.FinishAsync(User, sessionId), "session", "?done=finished#session") ?? await ShowAsync();

    public async Task<IActionResult> OnPostHandOverAsync(Guid sessionId)
    {
        var shown = await ShowAsync();
        if (shown is not PageResult)
        {
            return shown;
        }
        if (Scores is not { Session.Open: true } scores || scores.Session.Id != sessionId || scores.Complete)
        {
            return Refuse("session", Refusal.Of(RefusalKind.Conflict, "Feedback.Time.Error.NothingToHandOver"));
        }
        tickets.Issue(HttpContext, tickets.New(User.UserId() ?? Guid.Empty, PersonId, sessionId));
        return Redirect($"{HandOverTickets.FormPath}/{sessionId}");
    }

    public async Task<IActionResult> OnPostPaperAsync(string? date)
    {
        TypedDate = date;
        var scales = ScoresModel.ScalesOf(await instruments.CurrentAsync());
        PaperTyped = [.. scales.Select(s => TypedAnswers.Read(s, Request.Form))];
        var forms = new List<ResponseRequest>();
        var errors = new List<FieldError>();
        foreach (var typed in PaperTyped)
        {
            var (answers, problems) = TypedAnswers.Parse(typed);
            forms.Add(new ResponseRequest(typed.Code, answers));
            errors.AddRange(problems.Select(p => p with { Field = TypedAnswers.FieldName(typed.Code, p.Field) }));
        }
        var day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateOnly?)null;
        if (!string.IsNullOrWhiteSpace(date) && day is null)
        {
            errors.Add(new FieldError(PaperEntry.DateField, "Feedback.Paper.Error.Date"));
        }
        if (errors.Count > 0)
        {
            return await RefuseAndShowAsync("paper", Refusal.Invalid(errors));
        }
        return After(await paper.EnterAsync(User, PersonId, new PaperRequest(day, forms)), "paper", "?done=paper#paper") ?? await ShowAsync();
    }

    public async Task<IActionResult> OnPostEndEpisodeAsync(string? date, bool confirm) =>
        await EpisodeAsync(date, confirm, request => episodes.EndAsync(User, PersonId, request), "ended");

    public async Task<IActionResult> OnPostRestartAsync(string? date, bool confirm) =>
        await EpisodeAsync(date, confirm, request => episodes.StartAsync(User, PersonId, request), "restarted");

    private async Task<IActionResult> EpisodeAsync(string? date, bool confirm, Func<EpisodeRequest, Task<Outcome<EpisodeView>>> change, string done)
    {
        TypedDate = date;
        if (!confirm)
        {
            return await RefuseAndShowAsync("episode", Refusal.Of(RefusalKind.Invalid, "Feedback.Episode.Error.Confirm", "confirm"));
        }
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return await RefuseAndShowAsync("episode", Refusal.Of(RefusalKind.Invalid, "Feedback.Error.EpisodeDate", "date"));
            }
            day = parsed;
        }
        return After(await change(new EpisodeRequest(day)), "episode", $"?done={done}#episode") ?? await ShowAsync();
    }

    /// <summary>A redirect after a success (so a reload never posts twice); after a refusal, null and the page shows why.</summary>
    private RedirectResult? After<T>(Outcome<T> outcome, string form, string then)
        where T : class
    {
        if (outcome.Succeeded)
        {
            return Redirect(Path + then);
        }
        Refuse(form, outcome.Refusal);
        return null;
    }

    private async Task<IActionResult> RefuseAndShowAsync(string form, Refusal refusal)
    {
        Refuse(form, refusal);
        return await ShowAsync();
    }

    private IActionResult Refuse(string form, Refusal refusal)
    {
        Failed = form;
        Refusal = refusal;
        Response.StatusCode = refusal.Status;
        return Page();
    }

    public FieldError? ErrorFor(string form, string field) => Failed == form ? Refusal?.ErrorFor(field) : null;

    private async Task<IActionResult> ShowAsync()
    {
        var opened = await door.OpenAsync(User, PersonId, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        PersonName = opened.Person!.DisplayName;
        Feedback = await query.ReadAsync(opened);
        Scales = ScoresModel.ScalesOf(await instruments.CurrentAsync());
        var session = Feedback.Episodes.SelectMany(e => e.Sessions).FirstOrDefault(s => s.Id == Feedback.OpenSessionId && !s.FromPaper);
        Scores = session is null ? null : new ScoresModel(PersonId, session, Scales, Language);
        if (PaperTyped.Count == 0)
        {
            PaperTyped = [.. Scales.Select(s => TypedForm.Empty(s.Code))];
        }
        return Page();
    }
}
