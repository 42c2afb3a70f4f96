using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Episodes;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;
using Skipper.Web.Modules.Feedback.Sessions;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.Responses;

/// <summary>
/// Stores one answered form in an open session: checks and scores it, decides its signals and expected band,
/// and keeps the episode and the person's status row in the same save. Nothing is stored when anything is wrong.
/// </summary>
public sealed class SubmitResponse(
    AppDbContext db, FeedbackDoor door, IInstruments instruments, EpisodeBook book, ResponseSignals signals,
    TimeProvider clock, IStringLocalizer<Texts> texts)
{
    /// <summary>handOver: staff's tablet is in the person's hands, so the answers are the person's own.</summary>
    public async Task<Outcome<ResponseStored>> SubmitAsync(ClaimsPrincipal user, Guid sessionId, ResponseRequest? request, bool handOver = false)
    {
        var session = await db.Set<FeedbackSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId);
        var opened = session is null ? null : await door.OpenAsync(user, session.PersonId, PersonOperation.Write);
        if (session is null || opened is not { IsOpen: true })
        {
            return Refusal.Of(RefusalKind.NotFound, "Feedback.Error.SessionNotFound");
        }
        if (session.FinishedAt is not null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Feedback.Error.SessionFinished");
        }
        if (clock.GetUtcNow() > session.OpenUntil)
        {
            return Refusal.Of(RefusalKind.Gone, "Feedback.Error.SessionExpired");
        }
        var (instrument, form, refusal) = await CheckAsync(request);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await db.Set<FeedbackResponse>().AnyAsync(r => r.SessionId == sessionId && r.InstrumentCode == instrument!.Code))
        {
            return Refusal.Of(RefusalKind.Conflict, "Feedback.Error.AlreadyAnswered");
        }
        return await StoreAsync(user, opened, session, instrument!, form!, request!.Id, handOver);
    }

    /// <summary>The recovery questionnaire answered by the person outside a session (it is due every few months, not every session).</summary>
    public async Task<Outcome<ResponseStored>> SubmitOwnAsync(ClaimsPrincipal user, ResponseRequest? request)
    {
        var opened = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!opened.IsOpen)
        {
            return Refusal.Of(RefusalKind.NotFound, "Problem.404");
        }
        var (instrument, form, refusal) = await CheckAsync(request);
        if (refusal is not null)
        {
            return refusal;
        }
        if (instrument!.Kind != InstrumentKind.Recovery)
        {
            return Refusal.Of(RefusalKind.Invalid, "Feedback.Error.NeedsSession", "questionnaire");
        }
        return await StoreAsync(user, opened, null, instrument, form!, request!.Id, handOver: false);
    }

    private async Task<(InstrumentDefinition?, ScoredForm?, Refusal?)> CheckAsync(ResponseRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.Questionnaire))
        {
            return (null, null, Refusal.Of(RefusalKind.Invalid, "Feedback.Error.QuestionnaireMissing", "questionnaire"));
        }
        var instrument = await instruments.FindAsync(request.Questionnaire.Trim());
        if (instrument is null)
        {
            return (null, null, Refusal.Of(RefusalKind.Invalid, "Feedback.Error.QuestionnaireUnknown", "questionnaire"));
        }
        if (request.Answers is null || request.Answers.Any(a => a is null || string.IsNullOrWhiteSpace(a.LinkId) || a.Value is null))
        {
            return (instrument, null, Refusal.Of(RefusalKind.Invalid, "Feedback.Error.AnswerShape", "answers"));
        }
        var (form, errors) = FormScoring.Score(instrument, [.. request.Answers.Select(a => new Answer(a.LinkId!.Trim(), a.Value!.Value))]);
        return form is null || errors.Count > 0 ? (instrument, null, Refusal.Invalid(errors)) : (instrument, form, null);
    }

    private async Task<Outcome<ResponseStored>> StoreAsync(
        ClaimsPrincipal user, GateResult opened, FeedbackSession? session, InstrumentDefinition instrument, ScoredForm form, Guid? id, bool handOver)
    {
        var person = opened.Person!;
        var now = clock.GetUtcNow();
        var status = await book.StatusAsync(person.Id);
        var episode = session is null
            ? (await book.OpenOrStartAsync(person.Id, SessionCommands.Author(user), DateOnly.FromDateTime(now.InNorway().DateTime))).Episode
            : await db.Set<FeedbackEpisode>().FirstAsync(e => e.Id == session.EpisodeId);
        var self = opened.Via == PersonAccessVia.Self;
        var row = new FeedbackResponse
        {
            Id = id ?? Guid.NewGuid(),
            PersonId = person.Id,
            EpisodeId = episode.Id,
            SessionId = session?.Id,
            SessionNumber = session?.Number,
            InstrumentVersionId = instrument.VersionId,
            InstrumentCode = instrument.Code,
            Kind = instrument.Kind,
            Date = session?.Date ?? DateOnly.FromDateTime(now.InNorway().DateTime),
            StoredAt = now,
            Via = self ? AnsweredVia.Self : handOver ? AnsweredVia.HandOver : AnsweredVia.Staff,
            EnteredBy = self || handOver ? person.DisplayName : SessionCommands.Author(user),
            AnswersJson = ResponseViews.AnswersToJson(form.Answers),
            Total = form.Total,
            PartScoresJson = ResponseViews.PartsToJson(form),
        };
        var intakeBefore = episode.IntakeOutcome;
        await signals.DecideAsync(row, instrument, form, episode);
        Keep(status, episode, row, now);
        db.Add(row);
        if (!await db.TrySaveAsync())
        {
            return Refusal.Of(RefusalKind.Conflict, "Feedback.Error.AlreadyAnswered");
        }
        await door.RecordChangeAsync(user, opened, $"{FeedbackDoor.Resource}/responses/{row.Id}");
        return ResponseViews.From(row, instrument, intakeBefore ?? episode.IntakeOutcome, texts);
    }

    /// <summary>The episode's intake and latest outcome, and the status row the caseload reads.</summary>
    private static void Keep(FeedbackStatus status, FeedbackEpisode episode, FeedbackResponse row, DateTimeOffset now)
    {
        if (row.Kind == InstrumentKind.Outcome && row.Total is { } total)
        {
            episode.IntakeOutcome ??= total;
            episode.LatestOutcome = total;
            episode.OutcomeCount++;
            episode.Version++;
        }
        if (status.OpenEpisodeId != episode.Id)
        {
            return;
        }
        switch (row.Kind)
        {
            case InstrumentKind.Outcome:
                status.IntakeOutcome = episode.IntakeOutcome;
                status.LatestOutcome = row.Total;
                status.LastOutcomeOn = row.Date;
                break;
            case InstrumentKind.Alliance:
                status.LatestAlliance = row.Total;
                break;
            default:
                status.LastRecoveryOn = row.Date;
                break;
        }
        if (row.SessionId is { } sessionId)
        {
            var earlier = status.LastSessionId == sessionId ? ResponseViews.SignalsOf(status.Signals) : [];
            status.Signals = string.Join(',', earlier.Union(ResponseViews.SignalsOf(row.Signals)));
            status.LastSessionId = sessionId;
        }
        status.UpdatedAt = now;
    }
}
