using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Plans.Demo;

/// <summary>The demo person's small plan: what matters, two goals with steps (one step from staff), and one reached goal.</summary>
internal static class PlanDemo
{
    public static void Add(AppDbContext db, Guid tenantId, Guid personId, Authorship person, Authorship staff)
    {
        var at = person.At;
        db.Add(new PlanNotes
        {
            TenantId = tenantId,
            PersonId = personId,
            WhatMatters = "Å ha det rolig hjemme, og å se datteren min hver helg.",
            Dreams = "Å jobbe med hester igjen en dag.",
            UpdatedBy = person,
            Version = 1,
        });
        var walk = Goal(tenantId, personId, "Gå tur tre ganger i uka", "Det gjør meg roligere.", "Turgruppa på onsdager", GoalStatus.OnMyWay, person, at);
        var work = Goal(tenantId, personId, "Finne en praksisplass", "", "Per og NAV-veilederen", GoalStatus.NotStarted, person, at.AddMinutes(1));
        var sleep = Goal(tenantId, personId, "Sove bedre", "", "", GoalStatus.Reached, person, at.AddMinutes(2));
        db.AddRange(walk, work, sleep);
        db.AddRange(
            Step(walk, "Finne gode sko", true, null, person with { At = at.AddMinutes(3) }),
            Step(walk, "Bli med turgruppa på onsdag", false, DateOnly.FromDateTime(at.UtcDateTime).AddDays(7), person with { At = at.AddMinutes(4) }),
            Step(work, "Snakke med Per om hva jeg liker å gjøre", false, null, staff with { At = at.AddMinutes(5) }));
        // What TouchPlanAsync would have left: the caseload shows the latest update (and no meeting yet).
        db.Add(new PlanActivity { TenantId = tenantId, PersonId = personId, LastChangedAt = at.AddMinutes(5), LastChangedBy = staff.Name });
    }

    private static Goal Goal(Guid tenantId, Guid personId, string title, string description, string whoHelps, GoalStatus status, Authorship by, DateTimeOffset at) => new()
    {
        TenantId = tenantId,
        Id = Guid.NewGuid(),
        PersonId = personId,
        Title = title,
        Description = description,
        WhoHelps = whoHelps,
        Status = status,
        Origin = GoalOrigin.Own,
        WrittenBy = by with { At = at },
        Version = 1,
    };

    private static GoalStep Step(Goal goal, string text, bool done, DateOnly? due, Authorship by) => new()
    {
        TenantId = goal.TenantId,
        Id = Guid.NewGuid(),
        PersonId = goal.PersonId,
        GoalId = goal.Id,
        Text = text,
        Done = done,
        DueDate = due,
        WrittenBy = by,
        Version = 1,
    };

    public static Authorship AuthorOf(AppUser user, string role, DateTimeOffset at) => new(user.Id, user.DisplayName, role, at);
}
