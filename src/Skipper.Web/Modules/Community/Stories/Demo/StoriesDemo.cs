using Skipper.Web.Modules.Community.Stories.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.Stories.Demo;

/// <summary>Two published stories (a person's recovery story, a staff member's good-practice example) and one waiting for review. Written for the demo.</summary>
internal static class StoriesDemo
{
    public static void Add(AppDbContext db, Guid tenantId, Guid personId, Guid relativeId, Guid staffId, Guid recoveryContactId, DateTimeOffset now)
    {
        db.Add(Published(tenantId, personId, StoryAuthorRole.Person, StoryKind.Recovery, recoveryContactId, now.AddDays(-40),
            "Tirsdagene som ble mine igjen",
            """
            I to år gikk jeg nesten ikke ut. Dagene fløt sammen, og jeg sluttet å svare når telefonen ringte.

            Det som snudde det, var ikke én stor ting. Det var en tirsdag på aktivitetshuset der ingen spurte hvorfor jeg kom. Vi lagde mat, og jeg skrelte poteter i en time. Neste tirsdag kom jeg igjen.

            Etter hvert fikk jeg en plan der jeg selv skrev hva som var viktig for meg. Øverst sto «komme meg ut hver uke». Nå står det «begynne på kurs». Jeg har ikke blitt en annen person. Jeg har fått tilbake noe av den jeg var.

            Til deg som sitter der jeg satt: Det er lov å begynne smått.
            """));
        db.Add(Published(tenantId, staffId, StoryAuthorRole.Staff, StoryKind.GoodPractice, recoveryContactId, now.AddDays(-12),
            "Vi byttet spørsmål, og samtalene ble andre",
            """
            I teamet vårt begynte vi for et år siden å åpne hver første samtale med «Hva er viktig for deg nå?» i stedet for å gå rett til skjemaene.

            Det tok litt lengre tid de første gangene. Men vi fikk vite ting vi aldri hadde fått vite ellers: om en hund som måtte luftes, om et barnebarn, om en drøm om å kjøre bil igjen. Målene i planene ble mer personlige, og flere kom tilbake til neste time.

            Det viktigste vi lærte: Spørsmålet er lite, men det viser at det er personen som eier planen. Vi anbefaler det til alle team.
            """));
        db.Add(new Story
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            Title = "Å være mor til en som sliter",
            Text = """
                Da sønnen min ble syk, trodde jeg at jeg måtte ordne alt selv. Jeg leste alt jeg fant og sov dårlig i månedsvis.

                Det hjalp da noen i kommunen spurte hvordan jeg hadde det, ikke bare hvordan han hadde det. Nå går jeg i en gruppe for pårørende hver måned. Jeg vet fortsatt ikke alt, men jeg står ikke alene.
                """,
            Kind = StoryKind.Recovery,
            AuthorId = relativeId,
            AuthorRole = StoryAuthorRole.Relative,
            ConsentedAt = now.AddDays(-2),
            SubmittedAt = now.AddDays(-2),
            Status = StoryStatus.Submitted,
            Version = 1,
        });
    }

    private static Story Published(Guid tenantId, Guid authorId, StoryAuthorRole role, StoryKind kind, Guid reviewerId, DateTimeOffset publishedAt, string title, string text) =>
        new()
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            Title = title,
            Text = text,
            Kind = kind,
            AuthorId = authorId,
            AuthorRole = role,
            ConsentedAt = publishedAt.AddDays(-3),
            SubmittedAt = publishedAt.AddDays(-3),
            Status = StoryStatus.Published,
            ReviewedBy = reviewerId,
            ReviewedAt = publishedAt,
            PublishedAt = publishedAt,
            Version = 2,
        };
}
