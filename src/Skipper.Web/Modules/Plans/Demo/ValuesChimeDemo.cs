using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Plans.Demo;

/// <summary>The demo person's resources, values (10 chosen, 5 kept) and CHIME: words for three elements and three rating rounds.</summary>
internal static class ValuesChimeDemo
{
    public static void Add(AppDbContext db, Guid tenantId, Guid personId, Authorship person)
    {
        var at = person.At;
        var resources = new (ResourceKind Kind, string Text)[]
        {
            (ResourceKind.Inner, "Jeg er god med dyr"),
            (ResourceKind.Inner, "Jeg gir meg ikke så lett"),
            (ResourceKind.Interpersonal, "Datteren min"),
            (ResourceKind.Interpersonal, "Turgruppa på onsdager"),
            (ResourceKind.External, "Egen leilighet med balkong"),
            (ResourceKind.External, "Frisklivssentralen"),
        };
        db.AddRange(resources.Select((r, i) => new PlanResource
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            PersonId = personId,
            Kind = r.Kind,
            Text = r.Text,
            WrittenBy = person with { At = at.AddDays(-20).AddMinutes(i) },
            Version = 1,
        }));
        db.Add(new PlanValues
        {
            TenantId = tenantId,
            PersonId = personId,
            Chosen = ["Familie", "Vennskap", "Helse", "Håp", "Naturen", "Trygghet", "Humor", "Frihet", "Dyr/dyrevern", "Ærlighet"],
            Kept = ["Familie", "Helse", "Håp", "Naturen", "Dyr/dyrevern"],
            Reflection = "Familien og dyrene betyr mest. Det som hindrer meg, er at jeg blir sliten og trekker meg unna.",
            UpdatedBy = person with { At = at.AddDays(-14) },
            Version = 1,
        });
        var notes = new (ChimeElement Element, string Text)[]
        {
            (ChimeElement.Connectedness, "Å være med turgruppa, og å ha datteren min hos meg i helgene."),
            (ChimeElement.Hope, "At jeg en dag kan jobbe med hester igjen."),
            (ChimeElement.Meaning, "Å være en god far."),
        };
        db.AddRange(notes.Select(n => new ChimeNote
        {
            TenantId = tenantId,
            PersonId = personId,
            Element = n.Element,
            Text = n.Text,
            UpdatedBy = person with { At = at.AddDays(-7) },
            Version = 1,
        }));
        // Three rounds over the past weeks, the first one without meaning: a round may leave elements out.
        var rounds = new (int WeeksAgo, int[] Scores)[] { (6, [2, 1, 3, 0, 2]), (3, [3, 2, 3, 4, 1]), (1, [4, 3, 3, 4, 2]) };
        foreach (var (weeksAgo, scores) in rounds)
        {
            var ratedAt = at.AddDays(-7 * weeksAgo);
            db.AddRange(Enum.GetValues<ChimeElement>().Where(e => scores[(int)e] > 0).Select(e => new ChimeRating
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                PersonId = personId,
                Element = e,
                Score = scores[(int)e],
                RatedAt = ratedAt,
            }));
        }
    }
}
