using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Modules.Plans.Data;

namespace Skipper.Web.Modules.Plans.CrisisPlan;

/// <summary>All five texts and the version the writer started from (0 when never saved).</summary>
public sealed record WarningSignsRequest(string? EarlySigns, string? WhatIDo, string? WhatOthersDo, string? WhoToCall, string? CrisisNumbers, int? Version);

/// <summary>The person writes their warning signs and what helps. Only the person writes here; others read what is shared.</summary>
public sealed class SaveWarningSigns(AppDbContext db, PlanDoor door, PersonGate gate, TimeProvider clock)
{
    public async Task<(Outcome<WarningSignsView> Outcome, WarningSignsView? Current)> SaveAsync(ClaimsPrincipal user, WarningSignsRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return (PlanRules.PlanNotFound, null);
        }
        var fields = new (string Name, string Text)[]
        {
            ("earlySigns", InputRules.Clean(request?.EarlySigns)),
            ("whatIDo", InputRules.Clean(request?.WhatIDo)),
            ("whatOthersDo", InputRules.Clean(request?.WhatOthersDo)),
            ("whoToCall", InputRules.Clean(request?.WhoToCall)),
            ("crisisNumbers", InputRules.Clean(request?.CrisisNumbers)),
        };
        var errors = new List<FieldError>();
        foreach (var (name, text) in fields)
        {
            InputRules.AtMost(errors, name, text, PlanLimits.LongText);
        }
        InputRules.Version(errors, request?.Version);
        if (errors.Count > 0)
        {
            return (InputRules.Invalid(errors), null);
        }
        var signs = await db.Set<WarningSigns>().FirstOrDefaultAsync(w => w.PersonId == plan.PersonId);
        if ((signs?.Version ?? 0) != request!.Version)
        {
            return (InputRules.Conflict, WarningSignsView.From(signs));
        }
        if (signs is null)
        {
            signs = new WarningSigns { PersonId = plan.PersonId };
            db.Add(signs);
        }
        signs.EarlySigns = fields[0].Text;
        signs.WhatIDo = fields[1].Text;
        signs.WhatOthersDo = fields[2].Text;
        signs.WhoToCall = fields[3].Text;
        signs.CrisisNumbers = fields[4].Text;
        signs.UpdatedBy = Author.Of(user, clock.GetUtcNow());
        signs.Version++;
        await db.TouchPlanAsync(plan.PersonId, signs.UpdatedBy);
        if (!await db.TrySaveAsync())
        {
            return (InputRules.Conflict, WarningSignsView.From(await db.Set<WarningSigns>().AsNoTracking().FirstOrDefaultAsync(w => w.PersonId == plan.PersonId)));
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{PlanDoor.Resource}/{PlanParts.WarningSigns}");
        return (WarningSignsView.From(signs), null);
    }
}
