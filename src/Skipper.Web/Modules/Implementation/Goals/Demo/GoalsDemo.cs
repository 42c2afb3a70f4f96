using Skipper.Web.Modules.Implementation.Goals.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.Goals.Demo;

/// <summary>
/// A few recovery goals for the section and for each demo department, in the spirit of the status table in seeds/002,
/// some with a history of meetings behind them, so the goal pages and the status table have something to show.
/// </summary>
internal static class GoalsDemo
{
    private sealed record Step(int DaysAgo, GoalStatus Status, string Comment, bool ByLeader);

    private sealed record DemoGoal(string Title, string Description, string Owner, int? DueInDays, Step[] Steps);

    private static readonly DemoGoal[] Section =
    [
        new("Alle avdelinger har minst én recoverykontakt", "Recoverykontaktene holder refleksjon i gang og møtes i nettverket hvert kvartal.", "Seksjonsleder", null,
        [
            new(200, GoalStatus.Planned, "Vedtatt i ledergruppa.", true),
            new(120, GoalStatus.Ongoing, "To avdelinger har recoverykontakt. Mestringssenteret leter etter en.", true),
            new(30, GoalStatus.Done, "Alle avdelingene har nå en recoverykontakt.", true),
        ]),
        new("Brukerundersøkelse laget sammen med brukerrådet", "Spørsmålene skrives med brukerrådet, og svarene er anonyme.", "Seksjonsleder", 120,
        [
            new(90, GoalStatus.Planned, "Brukerrådet har sagt ja til å være med.", true),
            new(20, GoalStatus.Ongoing, "Første utkast til spørsmål er klart. Prøves ut i en avdeling før sommeren.", true),
        ]),
        new("Flere erfaringsmedarbeidere i faste stillinger", "Målet er å doble antall stillinger for folk med egenerfaring.", "Seksjonsleder", 365,
        [new(60, GoalStatus.Partly, "To avdelinger har fast stilling. Én mangler fortsatt.", true)]),
        new("Stillingsutlysninger spør etter egenerfaring", "Alle utlysninger av fagstillinger nevner egenerfaring som ønsket kompetanse.", "HR og seksjonsleder", null,
        [new(45, GoalStatus.Ongoing, "Vedtatt. Vi sjekker om det står i neste utlysning.", true)]),
        new("Recoveryhjørne på hvert ledermøte", "Ti minutter på hvert ledermøte til en erfaring fra praksis.", "Seksjonsleder", 60,
        [new(10, GoalStatus.NotStarted, "", true)]),
    ];

    private static readonly DemoGoal[] Department =
    [
        new("Refleksjon med kort på personalmøtet hver måned", "Vi trekker et refleksjonskort og bruker ti minutter på det.", "Recoverykontakt", null,
        [
            new(150, GoalStatus.Planned, "Starter etter sommeren.", false),
            new(100, GoalStatus.Ongoing, "Godt i gang. Noen synes det er vanskelig å finne tid.", false),
            new(14, GoalStatus.Ongoing, "Holdt hver måned siste halvår. Vi fortsetter.", false),
        ]),
        new("Brukerne er med på møtene der de selv er tema", "Ingen møter om en person uten at personen er invitert.", "Avdelingsleder", 180,
        [new(40, GoalStatus.Planned, "Tas opp på fagdagen.", true)]),
        new("Tilbakemeldingsskjema i alle samtaler", "Vi spør om hvordan det går og hvordan samtalen var, hver gang.", "Recoverykontakt", 90,
        [
            new(80, GoalStatus.Ongoing, "Opplæring holdt for alle.", false),
            new(25, GoalStatus.Partly, "Halvparten bruker skjemaet fast. Vi følger opp resten i veiledning.", false),
        ]),
    ];

    private static readonly DemoGoal Dropped = new("Musikkgruppe sammen med frivillige", "En ukentlig gruppe med frivillige musikere.", "Miljøterapeut", null,
    [
        new(120, GoalStatus.Planned, "Vi spør frivilligsentralen.", false),
        new(50, GoalStatus.Dropped, "Lagt bort i år. Vi satser heller på turgruppa.", true),
    ]);

    public static void Add(AppDbContext db, Guid tenantId, IReadOnlyList<Department> departments, AppUser contact, AppUser leader, AppUser sectionLeader, DateTimeOffset now)
    {
        foreach (var goal in Section)
        {
            AddGoal(db, tenantId, null, goal, contact, sectionLeader, now);
        }
        for (var i = 0; i < departments.Count; i++)
        {
            foreach (var goal in i == 0 ? [.. Department, Dropped] : Department.Take(3 - i % 2))
            {
                AddGoal(db, tenantId, departments[i].Id, goal, contact, leader, now);
            }
        }
    }

    private static void AddGoal(AppDbContext db, Guid tenantId, Guid? departmentId, DemoGoal demo, AppUser contact, AppUser leader, DateTimeOffset now)
    {
        var first = demo.Steps[0];
        var last = demo.Steps[^1];
        var goal = new RecoveryGoal
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            DepartmentId = departmentId,
            Title = demo.Title,
            Description = demo.Description,
            Owner = demo.Owner,
            DueOn = demo.DueInDays is { } days ? DateOnly.FromDateTime(now.InNorway().DateTime).AddDays(days) : null,
            Status = last.Status,
            Comment = last.Comment,
            CreatedAt = now.AddDays(-first.DaysAgo),
            UpdatedAt = now.AddDays(-last.DaysAgo),
            UpdatedByName = (last.ByLeader ? leader : contact).DisplayName,
            Version = demo.Steps.Length,
        };
        db.Add(goal);
        GoalStatus? previous = null;
        foreach (var step in demo.Steps)
        {
            var by = step.ByLeader ? leader : contact;
            db.Add(new RecoveryGoalEntry
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                GoalId = goal.Id,
                At = now.AddDays(-step.DaysAgo),
                ByUserId = by.Id,
                ByName = by.DisplayName,
                OldStatus = previous,
                NewStatus = step.Status,
                Comment = step.Comment,
            });
            previous = step.Status;
        }
    }
}
