using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Plans.Demo;

/// <summary>
/// The demo person's small plan: what matters, two goals with steps (one step from staff), one reached goal, resources,
/// values and CHIME, warning signs (shared with the demo relative), three meetings (one missed, one written by staff)
/// and one shared decision.
/// </summary>
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
        AddSafety(db, tenantId, personId, person, staff);
        ValuesChimeDemo.Add(db, tenantId, personId, person);
        // What TouchPlanAsync would have left after the writes above: the shared decision was the last one, and its
        // review date is the plan's next review; the last meeting was a week ago.
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        db.Add(new PlanActivity
        {
            TenantId = tenantId,
            PersonId = personId,
            LastChangedAt = at.AddMinutes(10),
            LastChangedBy = staff.Name,
            LastMeetingOn = today.AddDays(-7),
            NextReviewOn = today.AddDays(30),
        });
    }

    private static void AddSafety(AppDbContext db, Guid tenantId, Guid personId, Authorship person, Authorship staff)
    {
        var at = person.At;
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        db.Add(new WarningSigns
        {
            TenantId = tenantId,
            PersonId = personId,
            EarlySigns = "Jeg sover dårlig flere netter på rad.\nJeg slutter å svare på telefonen.\nJeg blir lett irritert og vil helst være alene.\nJeg glemmer å spise ordentlig.\nTankene går fort, og jeg får ikke ro.",
            WhatIDo = "Går en tur, helst i skogen.\nLegger bort telefonen en time før jeg legger meg.\nSpiser et ordentlig måltid, selv om jeg ikke er sulten.\nRinger søsteren min og sier at det er en dårlig dag.\nGjør pusteøvelsen jeg lærte på kurset.",
            WhatOthersDo = "Spør hvordan jeg har det, rett ut.\nIkke mas, men bli litt hos meg.\nBli med på tur, eller ta med mat.\nMinn meg på avtalen med Per.\nSvarer jeg ikke på to dager: kom innom.",
            WhoToCall = "Kari, søsteren min: 900 00 000\nPer Hansen, koordinator: 23 00 00 00 (hverdager 8–15)\nTurgruppa: Lise, 911 11 111",
            UpdatedBy = person with { At = at.AddMinutes(6) },
            Version = 1,
        });
        db.AddRange(
            Meeting(tenantId, personId, today.AddDays(-90), "Meg, Per Hansen og NAV-veilederen",
                "Vi ser på planen hver tredje måned. Jeg prøver turgruppa på onsdager.", true, null, person with { At = at.AddMinutes(7) }),
            Meeting(tenantId, personId, today.AddDays(-42), "Per Hansen, Siri Olsen og fastlegen",
                "Fastlegen ser på sovemedisinen. Ola var syk, og Per ringte ham etterpå og fortalte hva vi snakket om.", false, null, staff with { At = at.AddMinutes(8) }),
            Meeting(tenantId, personId, today.AddDays(-7), "Ola, Per Hansen og Siri Olsen",
                "Ola vil prøve en praksisplass fra våren. Per tar kontakt med NAV før neste møte.", true, today.AddDays(83), staff with { At = at.AddMinutes(9) }));
        db.Add(new SharedDecision
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            PersonId = personId,
            Question = "Skal jeg trappe ned på sovemedisinen?",
            Options = "Fortsette som nå.\nTrappe ned sakte over to måneder, sammen med fastlegen.\nSlutte med en gang.",
            WhatMattersToMe = "Å sove godt, men ikke være tung om morgenen. Jeg vil ikke ha det som i fjor høst.",
            Choice = "Trappe ned sakte, med ny time hos fastlegen om en måned.",
            ReviewOn = today.AddDays(30),
            WrittenBy = staff with { At = at.AddMinutes(10) },
            Version = 1,
        });
    }

    private static PlanMeeting Meeting(Guid tenantId, Guid personId, DateOnly date, string participants, string agreed, bool attended, DateOnly? nextReview, Authorship by) => new()
    {
        TenantId = tenantId,
        Id = Guid.NewGuid(),
        PersonId = personId,
        Date = date,
        Participants = participants,
        Agreed = agreed,
        PersonAttended = attended,
        NextReview = nextReview,
        WrittenBy = by,
        Version = 1,
    };

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
