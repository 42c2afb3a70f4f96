using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Chime;

/// <summary>What one element means in my life now (empty clears it), and the version I started from.</summary>
public sealed record ChimeNoteRequest(string? Text, int? Version);

/// <summary>A round of self-ratings: element name to a score from 1 to 5; any subset, null means not rated.</summary>
public sealed record ChimeRatingsRequest(IReadOnlyDictionary<string, int?>? Ratings);

/// <summary>The person writes what each CHIME element means to them and rates them over time. Only the person writes here.</summary>
public sealed class ChimeCommands(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public async Task<(Outcome<ChimeNoteView> Outcome, ChimeNoteView? Current)> SaveNoteAsync(ClaimsPrincipal user, string? element, ChimeNoteRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        if (!EnumNames.TryParse<ChimeElement>(element, out var which))
        {
            return (Refusal.Of(RefusalKind.NotFound, "Plan.Chime.Error.Element"), null);
        }
        var errors = new List<FieldError>();
        var text = InputRules.Clean(request?.Text);
        InputRules.AtMost(errors, "text", text, PlanLimits.LongText);
        InputRules.Version(errors, request?.Version);
        if (errors.Count > 0)
        {
            return (InputRules.Invalid(errors), null);
        }
        var note = await db.Set<ChimeNote>().FirstOrDefaultAsync(n => n.PersonId == plan.PersonId && n.Element == which);
        if ((note?.Version ?? 0) != request!.Version)
        {
            return (InputRules.Conflict, ChimeNoteView.From(which, note));
        }
        if (note is null)
        {
            note = new ChimeNote { PersonId = plan.PersonId, Element = which };
            db.Add(note);
        }
        note.Text = text;
        note.UpdatedBy = Author.Of(user, clock.GetUtcNow());
        note.Version++;
        await db.TouchPlanAsync(plan.PersonId, note.UpdatedBy);
        if (!await db.TrySaveAsync())
        {
            var current = await db.Set<ChimeNote>().AsNoTracking().FirstOrDefaultAsync(n => n.PersonId == plan.PersonId && n.Element == which);
            return (InputRules.Conflict, ChimeNoteView.From(which, current));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.Chime}/{EnumNames.Of(which)}");
        return (ChimeNoteView.From(which, note), null);
    }

    /// <summary>Stores one round: every score given, all with the same time, so the chart shows them as one point in time.</summary>
    public async Task<Outcome<List<ChimeRatingView>>> RateAsync(ClaimsPrincipal user, ChimeRatingsRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var (scores, refusal) = Check(request);
        if (refusal is not null)
        {
            return refusal;
        }
        var by = Author.Of(user, clock.GetUtcNow());
        var round = scores.Select(s => new ChimeRating { Id = Guid.NewGuid(), PersonId = plan.PersonId, Element = s.Key, Score = s.Value, RatedAt = by.At }).ToList();
        db.AddRange(round);
        await db.TouchPlanAsync(plan.PersonId, by);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.Chime}/ratings");
        return round.Select(r => new ChimeRatingView(r.Element, r.Score, r.RatedAt)).ToList();
    }

    internal static (SortedDictionary<ChimeElement, int> Scores, Refusal? Refusal) Check(ChimeRatingsRequest? request)
    {
        var errors = new List<FieldError>();
        var scores = new SortedDictionary<ChimeElement, int>();
        foreach (var (name, score) in request?.Ratings ?? new Dictionary<string, int?>())
        {
            if (!EnumNames.TryParse<ChimeElement>(name, out var element))
            {
                errors.Add(new FieldError("ratings", "Plan.Chime.Error.UnknownRating", name.Length > 40 ? name[..40] : name));
                continue;
            }
            var field = EnumNames.Of(element);
            if (score is null)
            {
                continue;
            }
            if (score is < MinScore or > MaxScore)
            {
                errors.Add(new FieldError(field, "Plan.Chime.Error.Score"));
            }
            else if (!scores.TryAdd(element, score.Value))
            {
                errors.Add(new FieldError(field, "Plan.Chime.Error.Twice"));
            }
        }
        if (errors.Count == 0 && scores.Count == 0)
        {
            errors.Add(new FieldError("ratings", "Plan.Chime.Error.NoRating"));
        }
        return (scores, errors.Count > 0 ? InputRules.Invalid(errors) : null);
    }
}
