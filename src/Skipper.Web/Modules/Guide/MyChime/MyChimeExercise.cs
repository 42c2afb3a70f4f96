using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.MyChime;

/// <summary>Exercise 2 for the signed-in employee: what the five CHIME elements mean to me. Only ever my own row.</summary>
public sealed class MyChimeExercise(AppDbContext db, TimeProvider clock)
{
    public async Task<ChimeExerciseView> GetAsync(ClaimsPrincipal user)
    {
        var me = user.UserId();
        return ChimeExerciseView.From(await db.Set<ChimeExercise>().AsNoTracking().FirstOrDefaultAsync(c => c.UserId == me));
    }

    /// <summary>Saves all five texts and the purpose together. A refused save changes nothing; a conflict answers with what is stored now.</summary>
    public async Task<(Outcome<ChimeExerciseView> Outcome, ChimeExerciseView? Current)> SaveAsync(ClaimsPrincipal user, ChimeExerciseRequest? request)
    {
        if (user.UserId() is not { } me)
        {
            return (Refusal.Of(RefusalKind.NotFound, "Problem.404"), null);
        }
        var errors = new List<FieldError>();
        var texts = new Dictionary<string, string>
        {
            ["connectedness"] = InputRules.Clean(request?.Connectedness),
            ["hope"] = InputRules.Clean(request?.Hope),
            ["identity"] = InputRules.Clean(request?.Identity),
            ["meaning"] = InputRules.Clean(request?.Meaning),
            ["empowerment"] = InputRules.Clean(request?.Empowerment),
        };
        foreach (var (element, text) in texts)
        {
            InputRules.AtMost(errors, element, text, GuideLimits.LongText);
        }
        var purpose = ChimeExercisePurpose.Alone;
        if (!string.IsNullOrWhiteSpace(request?.Purpose) && !EnumNames.TryParse(request.Purpose, out purpose))
        {
            errors.Add(new FieldError("purpose", "Guide.Chime.Error.Purpose"));
        }
        InputRules.Version(errors, request?.Version);
        if (errors.Count > 0)
        {
            return (InputRules.Invalid(errors), null);
        }
        var exercise = await db.Set<ChimeExercise>().FirstOrDefaultAsync(c => c.UserId == me);
        if ((exercise?.Version ?? 0) != request!.Version)
        {
            return (InputRules.Conflict, ChimeExerciseView.From(exercise));
        }
        if (exercise is null)
        {
            exercise = new ChimeExercise { Id = Guid.NewGuid(), UserId = me };
            db.Add(exercise);
        }
        var now = clock.GetUtcNow();
        exercise.Connectedness = texts["connectedness"];
        exercise.Hope = texts["hope"];
        exercise.Identity = texts["identity"];
        exercise.Meaning = texts["meaning"];
        exercise.Empowerment = texts["empowerment"];
        exercise.Purpose = purpose;
        exercise.UpdatedAt = now;
        if (texts.Values.All(t => t.Length > 0))
        {
            exercise.CompletedAt ??= now;
        }
        exercise.Version++;
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, ChimeExerciseView.From(await db.Set<ChimeExercise>().AsNoTracking().FirstOrDefaultAsync(c => c.UserId == me)));
        }
        return (ChimeExerciseView.From(exercise), null);
    }
}
