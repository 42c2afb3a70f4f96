using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Plans.ViewPlan;

/// <summary>Reads the parts of an opened plan. The door has already checked access and written the audit event.</summary>
public sealed class PlanQuery(AppDbContext db)
{
    public async Task<PlanView> ReadAsync(PlanOpening plan)
    {
        var personId = plan.PersonId;
        WhatMattersView? whatMatters = null;
        if (plan.Sees(PlanParts.WhatMatters))
        {
            whatMatters = WhatMattersView.From(await db.Set<PlanNotes>().AsNoTracking().FirstOrDefaultAsync(n => n.PersonId == personId));
        }
        List<GoalView>? goals = null;
        List<GoalView>? proposals = null;
        if (plan.Sees(PlanParts.Goals))
        {
            var rows = await db.Set<Goal>().AsNoTracking().Where(g => g.PersonId == personId && g.Origin != GoalOrigin.Declined).ToListAsync();
            var steps = await db.Set<GoalStep>().AsNoTracking().Where(s => s.PersonId == personId).ToListAsync();
            var views = rows.OrderBy(g => g.WrittenBy.At).Select(g => GoalView.From(g, steps)).ToList();
            goals = views.Where(g => g.Origin is not GoalOrigin.Proposed).ToList();
            // A suggestion is shown to the person and to staff; a relative sees only the person's own goals.
            proposals = plan.Gate.Via == Platform.Access.PersonAccessVia.Relative ? null : views.Where(g => g.Origin == GoalOrigin.Proposed).ToList();
        }
        return new PlanView(personId, plan.Gate.Person!.DisplayName, plan.Parts, whatMatters, goals, proposals);
    }
}
