using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.MyValues;

/// <summary>
/// Exercise 1 for the signed-in employee: my values as a professional, in rounds I can repeat and compare.
/// Every read and write is limited to my own rows; no one else, leader or administrator, reads them.
/// </summary>
public sealed class MyValuesExercise(AppDbContext db, IValuesList list, TimeProvider clock)
{
    public async Task<ValuesRoundView> CurrentAsync(ClaimsPrincipal user) => ValuesRoundView.From(await LatestAsync(user.UserId(), tracked: false));

    /// <summary>All my rounds, the first first.</summary>
    public async Task<IReadOnlyList<ValuesRoundView>> RoundsAsync(ClaimsPrincipal user)
    {
        var me = user.UserId();
        var rounds = await db.Set<ValuesExerciseRound>().AsNoTracking().Where(r => r.UserId == me).OrderBy(r => r.Number).ToListAsync();
        return rounds.Select(ValuesRoundView.From).ToList();
    }

    /// <summary>Saves the current round. A refused save changes nothing; a conflict answers with what is stored now.</summary>
    public async Task<(Outcome<ValuesRoundView> Outcome, ValuesRoundView? Current)> SaveAsync(ClaimsPrincipal user, ValuesRoundRequest? request)
    {
        if (user.UserId() is not { } me)
        {
            return (Refusal.Of(RefusalKind.NotFound, "Problem.404"), null);
        }
        var errors = new List<FieldError>();
        var chosen = ValuesRules.Names(errors, "chosen", request?.Chosen);
        var kept = ValuesRules.Names(errors, "kept", request?.Kept);
        ValuesRules.AtMostChosen(errors, chosen);
        ValuesRules.AtMostKept(errors, kept);
        ValuesRules.KeptAreChosen(errors, kept, chosen);
        var reflection = InputRules.Clean(request?.Reflection);
        InputRules.AtMost(errors, "reflection", reflection, GuideLimits.LongText);
        InputRules.Version(errors, request?.Version);
        if (errors.Count > 0)
        {
            return (InputRules.Invalid(errors), null);
        }
        var round = await LatestAsync(me, tracked: true);
        if ((round?.Version ?? 0) != request!.Version)
        {
            return (InputRules.Conflict, ValuesRoundView.From(round));
        }
        var now = clock.GetUtcNow();
        if (round is null)
        {
            round = new ValuesExerciseRound { Id = Guid.NewGuid(), UserId = me, Number = 1, StartedAt = now };
            db.Add(round);
        }
        // A value from the municipality's list keeps the list's spelling, however it was typed.
        var named = (await list.ActiveAsync()).Select(v => v.Name).ToList();
        round.Chosen = chosen.Select(c => named.FirstOrDefault(n => Same(n, c)) ?? c).ToList();
        round.Kept = kept.Select(k => round.Chosen.First(c => Same(c, k))).ToList();
        round.Reflection = reflection;
        round.UpdatedAt = now;
        if (round.Kept.Count > 0)
        {
            round.CompletedAt ??= now;
        }
        round.Version++;
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, ValuesRoundView.From(await LatestAsync(me, tracked: false)));
        }
        return (ValuesRoundView.From(round), null);
    }

    /// <summary>Starts round N+1, empty, so it can later be compared with the ones before. Only after the current round is done.</summary>
    public async Task<Outcome<ValuesRoundView>> StartRoundAsync(ClaimsPrincipal user)
    {
        if (user.UserId() is not { } me)
        {
            return Refusal.Of(RefusalKind.NotFound, "Problem.404");
        }
        var current = await LatestAsync(me, tracked: false);
        if (current?.CompletedAt is null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Guide.Values.Error.NotCompleted");
        }
        var now = clock.GetUtcNow();
        var round = new ValuesExerciseRound { Id = Guid.NewGuid(), UserId = me, Number = current.Number + 1, StartedAt = now, UpdatedAt = now, Version = 1 };
        db.Add(round);
        // Two clicks at once both ask for the same number; the unique index lets only one through.
        if (!await db.TrySaveAsync())
        {
            return Refusal.Of(RefusalKind.Conflict, "Guide.Values.Error.NotCompleted");
        }
        return ValuesRoundView.From(round);
    }

    private Task<ValuesExerciseRound?> LatestAsync(Guid? me, bool tracked)
    {
        var rounds = db.Set<ValuesExerciseRound>().Where(r => r.UserId == me);
        return (tracked ? rounds : rounds.AsNoTracking()).OrderByDescending(r => r.Number).FirstOrDefaultAsync();
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.CurrentCultureIgnoreCase);
}
