using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Access;
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
            proposals = plan.Gate.Via == PersonAccessVia.Relative ? null : views.Where(g => g.Origin == GoalOrigin.Proposed).ToList();
        }
        return new PlanView(personId, plan.Gate.Person!.DisplayName, plan.Parts, whatMatters, goals, proposals,
            plan.Sees(PlanParts.Resources) ? await ResourcesAsync(personId) : null,
            plan.Sees(PlanParts.Values) ? ValuesView.From(await db.Set<PlanValues>().AsNoTracking().FirstOrDefaultAsync(v => v.PersonId == personId)) : null,
            plan.Sees(PlanParts.Chime) ? await ChimeAsync(personId) : null,
            plan.Sees(PlanParts.WarningSigns) ? WarningSignsView.From(await db.Set<WarningSigns>().AsNoTracking().FirstOrDefaultAsync(w => w.PersonId == personId)) : null,
            plan.Sees(PlanParts.Meetings) ? MeetingsView.From(await db.Set<PlanMeeting>().AsNoTracking().Where(m => m.PersonId == personId).ToListAsync()) : null,
            plan.Sees(PlanParts.Decisions) ? await DecisionsAsync(personId) : null);
    }

    private async Task<List<ResourceView>> ResourcesAsync(Guid personId)
    {
        var rows = await db.Set<PlanResource>().AsNoTracking().Where(r => r.PersonId == personId).ToListAsync();
        return rows.OrderBy(r => r.Kind).ThenBy(r => r.WrittenBy.At).Select(ResourceView.From).ToList();
    }

    private async Task<ChimeView> ChimeAsync(Guid personId)
    {
        var notes = await db.Set<ChimeNote>().AsNoTracking().Where(n => n.PersonId == personId).ToListAsync();
        var ratings = await db.Set<ChimeRating>().AsNoTracking().Where(r => r.PersonId == personId).ToListAsync();
        return ChimeView.From(notes, ratings);
    }

    private async Task<List<DecisionView>> DecisionsAsync(Guid personId)
    {
        var rows = await db.Set<SharedDecision>().AsNoTracking().Where(d => d.PersonId == personId).ToListAsync();
        return rows.OrderByDescending(d => d.WrittenBy.At).Select(DecisionView.From).ToList();
    }
}
