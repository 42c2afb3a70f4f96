using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Modules.Community.College.Enrolling;
using Skipper.Web.Modules.Community.College.Keeping;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Community.College.Demo;

/// <summary>
/// Three courses in the coming weeks, each led by a peer and a professional. One session is nearly full, one is full
/// with a waiting list. The people enrolled are made up, with example.org addresses.
/// </summary>
internal static class CollegeDemo
{
    private static readonly string[] People =
    [
        "Deltaker Aune", "Deltaker Berge", "Deltaker Dahle", "Deltaker Eide", "Deltaker Foss", "Deltaker Grude", "Deltaker Haug",
        "Deltaker Isaksen", "Deltaker Jore", "Deltaker Kvam", "Deltaker Lien", "Deltaker Moe", "Deltaker Nes", "Deltaker Opsahl",
    ];

    public static void Add(AppDbContext db, Guid tenantId, Guid providerUserId, string providerName, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var recovery = Course(tenantId, now, "Hva er recovery?",
            "Et kurs over to kvelder om hva bedring kan bety: å få et godt liv med eller uten symptomer, og hva som hjelper på veien. " +
            "Vi snakker om håp, om det som gir mening, og om hvordan du selv kan ta styringen. Du trenger ingen forkunnskaper.",
            "Siri Olsen", "Per Hansen, sykepleier");
        AddSession(db, recovery, today.AddDays(7), 24, 22);
        AddSession(db, recovery, today.AddDays(14), 24, 3);

        var anxiety = Course(tenantId, now, "Mestring av angst i hverdagen",
            "Hva skjer i kroppen når angsten kommer, og hva kan du gjøre da? Vi prøver ut enkle teknikker sammen og deler erfaringer " +
            "fra hverdagen. Tre samlinger med litt hjemmearbeid mellom gangene, bare hvis du vil.",
            "Jonas Eng", "Mari Solberg, psykolog");
        AddSession(db, anxiety, today.AddDays(10), 8, 8, waiting: 2);
        AddSession(db, anxiety, today.AddDays(17), 8, 2);

        var relatives = Course(tenantId, now, "Å være pårørende",
            "For deg som står nær en som strever psykisk. Vi snakker om å støtte uten å miste seg selv, om taushetsplikt og hva du har krav på, " +
            "og om hvor du kan få hjelp. Kurset holdes av en som selv har vært pårørende, sammen med en familieterapeut.",
            "Grete Lunde", "Kjell Aasen, familieterapeut");
        relatives.Organiser = providerName;
        relatives.ProviderUserId = providerUserId;
        AddSession(db, relatives, today.AddDays(5), 12, 4);
        AddSession(db, relatives, today.AddDays(19), 12, 0);

        db.AddRange(recovery, anxiety, relatives);
    }

    private static Course Course(Guid tenantId, DateTimeOffset now, string title, string description, string peer, string professional) => new()
    {
        TenantId = tenantId,
        Id = Guid.NewGuid(),
        Title = title,
        Description = description,
        PeerTeacher = peer,
        ProfessionalTeacher = professional,
        Audience = CourseAudience.Open,
        CreatedAt = now,
        UpdatedAt = now,
        UpdatedBy = "Demo",
        Version = 1,
    };

    private static void AddSession(AppDbContext db, Course course, DateOnly day, int capacity, int enrolled, int waiting = 0)
    {
        var starts = SessionTimes.Parse([], "startsAt", $"{day:yyyy-MM-dd}T18:00")!.Value;
        var session = new CourseSession
        {
            TenantId = course.TenantId,
            Id = Guid.NewGuid(),
            CourseId = course.Id,
            StartsAt = starts,
            EndsAt = starts.AddHours(2),
            Place = "Frivilligsentralen, Storgata 10",
            Capacity = capacity,
            Version = 1,
        };
        course.Sessions.Add(session);
        for (var i = 0; i < enrolled + waiting; i++)
        {
            var name = People[i % People.Length];
            var email = $"{name.Split(' ')[1].ToLowerInvariant()}{i}@example.org";
            db.Add(new Enrolment
            {
                TenantId = course.TenantId,
                Id = Guid.NewGuid(),
                SessionId = session.Id,
                Name = name,
                Email = email,
                ContactKey = email,
                Status = i < enrolled ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waiting,
                Number = i + 1,
                CreatedAt = starts.AddDays(-14).AddMinutes(i),
                ChangedAt = starts.AddDays(-14).AddMinutes(i),
                CancelCodeHash = AnonymousContact.HashOf(AnonymousContact.NewCode()),
            });
        }
    }
}
