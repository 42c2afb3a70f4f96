using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Values;

/// <summary>Up to 10 chosen values (from the list or my own words), at most 5 of them kept, my thoughts, and the version I started from.</summary>
public sealed record ValuesRequest(IReadOnlyList<string?>? Chosen, IReadOnlyList<string?>? Kept, string? Reflection, int? Version);

/// <summary>The person saves their values exercise. Only the person writes here; staff read.</summary>
public sealed class SaveValues(AppDbContext db, PlanDoor door, PersonGate gate, IValuesList list, TimeProvider clock)
{
    public async Task<(Outcome<ValuesView> Outcome, ValuesView? Current)> SaveAsync(ClaimsPrincipal user, ValuesRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var errors = new List<FieldError>();
        var chosen = ValuesRules.Names(errors, "chosen", request?.Chosen);
        var kept = ValuesRules.Names(errors, "kept", request?.Kept);
        ValuesRules.AtMostChosen(errors, chosen);
        ValuesRules.AtMostKept(errors, kept);
        ValuesRules.KeptAreChosen(errors, kept, chosen);
        var reflection = InputRules.Clean(request?.Reflection);
        InputRules.AtMost(errors, "reflection", reflection, PlanLimits.LongText);
        InputRules.Version(errors, request?.Version);
        if (errors.Count > 0)
        {
            return (InputRules.Invalid(errors), null);
        }
        var values = await db.Set<PlanValues>().FirstOrDefaultAsync(v => v.PersonId == plan.PersonId);
        if ((values?.Version ?? 0) != request!.Version)
        {
            return (InputRules.Conflict, ValuesView.From(values));
        }
        if (values is null)
        {
            values = new PlanValues { PersonId = plan.PersonId };
            db.Add(values);
        }
        // A value from the municipality's list keeps the list's spelling, however it was typed.
        var named = (await list.ActiveAsync()).Select(v => v.Name).ToList();
        values.Chosen = chosen.Select(c => named.FirstOrDefault(n => Same(n, c)) ?? c).ToList();
        values.Kept = kept.Select(k => values.Chosen.First(c => Same(c, k))).ToList();
        values.Reflection = reflection;
        values.UpdatedBy = Author.Of(user, clock.GetUtcNow());
        values.Version++;
        await db.TouchPlanAsync(plan.PersonId, values.UpdatedBy);
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, ValuesView.From(await db.Set<PlanValues>().AsNoTracking().FirstOrDefaultAsync(v => v.PersonId == plan.PersonId)));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.Values}");
        return (ValuesView.From(values), null);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.CurrentCultureIgnoreCase);
}
