using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.WhatMatters;

/// <summary>Both texts and the version the writer started from (0 for a plan never saved).</summary>
public sealed record WhatMattersRequest(string? WhatMatters, string? Dreams, int? Version);

/// <summary>The person saves what matters and their dreams. Only the person writes here; staff read.</summary>
public sealed class SaveWhatMatters(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<(Outcome<WhatMattersView> Outcome, WhatMattersView? Current)> SaveAsync(ClaimsPrincipal user, WhatMattersRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var whatMatters = InputRules.Clean(request?.WhatMatters);
        var dreams = InputRules.Clean(request?.Dreams);
        var errors = new List<FieldError>();
        InputRules.AtMost(errors, "whatMatters", whatMatters, PlanLimits.LongText);
        InputRules.AtMost(errors, "dreams", dreams, PlanLimits.LongText);
        InputRules.Version(errors, request?.Version);
        if (errors.Count > 0)
        {
            return (InputRules.Invalid(errors), null);
        }
        var notes = await db.Set<PlanNotes>().FirstOrDefaultAsync(n => n.PersonId == plan.PersonId);
        if ((notes?.Version ?? 0) != request!.Version)
        {
            return (InputRules.Conflict, WhatMattersView.From(notes));
        }
        if (notes is null)
        {
            notes = new PlanNotes { PersonId = plan.PersonId };
            db.Add(notes);
        }
        notes.WhatMatters = whatMatters;
        notes.Dreams = dreams;
        notes.UpdatedBy = Author.Of(user, clock.GetUtcNow());
        notes.Version++;
        await db.TouchPlanAsync(plan.PersonId, notes.UpdatedBy);
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, WhatMattersView.From(await db.Set<PlanNotes>().AsNoTracking().FirstOrDefaultAsync(n => n.PersonId == plan.PersonId)));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.WhatMatters}");
        return (WhatMattersView.From(notes), null);
    }
}
