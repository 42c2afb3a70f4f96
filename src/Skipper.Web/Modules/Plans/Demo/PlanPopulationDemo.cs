using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Demo;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.Demo;

/// <summary>
/// The demo population's meetings: minutes written by the department's care worker, most with the person there, and
/// the plan activity row MeetingCommands would have left (the latest meeting, and the review it agreed on).
/// </summary>
internal static class PlanPopulationDemo
{
    private static readonly (string? Also, string Agreed)[] Minutes =
    [
        ("fastlegen", "Vi går gjennom målene på nytt om tre måneder. {0} prøver en dag i uka på aktivitetshuset."),
        (null, "{0} vil ha hjelp til å søke bolig. {1} tar kontakt med boligkontoret før neste møte."),
        ("NAV-veilederen", "Arbeidstrening to dager i uka fra neste måned, med en samtale etter fire uker."),
        ("en pårørende", "Vi lager en plan for dårlige dager sammen, og {0} bestemmer hvem som skal ringes."),
        (null, "Samtalene fortsetter annenhver uke. {0} vil prøve turgruppa."),
    ];

    public static async Task AddAsync(AppDbContext db, IReadOnlyList<DemoResident> residents)
    {
        var meetings = new List<PlanMeeting>();
        var activity = new List<PlanActivity>();
        var random = new Random(DemoPopulation.Seed + 2);
        foreach (var who in residents.Where(r => r.Life.Meetings.Count > 0))
        {
            PlanMeeting? last = null;
            foreach (var plan in who.Life.Meetings)
            {
                var (also, agreed) = Minutes[random.Next(Minutes.Length)];
                var first = who.Person.DisplayName.Split(' ')[0];
                last = new PlanMeeting
                {
                    TenantId = who.Person.TenantId,
                    Id = Guid.NewGuid(),
                    PersonId = who.Person.Id,
                    Date = plan.Date,
                    Participants = Together(plan.PersonAttended ? first : null, who.Clinician.Name, also),
                    Agreed = string.Format(System.Globalization.CultureInfo.InvariantCulture, agreed, first, who.Clinician.Name),
                    PersonAttended = plan.PersonAttended,
                    NextReview = plan.NextReview,
                    WrittenBy = new Authorship(who.Clinician.UserId, who.Clinician.Name, who.Clinician.Role, plan.Date.StartInNorway().AddHours(15).ToUniversalTime()),
                    Version = 1,
                };
                meetings.Add(last);
            }
            activity.Add(new PlanActivity
            {
                TenantId = who.Person.TenantId,
                PersonId = who.Person.Id,
                LastChangedAt = last!.WrittenBy.At,
                LastChangedBy = last.WrittenBy.Name,
                LastMeetingOn = last.Date,
                NextReviewOn = who.Life.Meetings.LastOrDefault(m => m.NextReview is not null)?.NextReview,
            });
        }
        await DemoRows.InsertAsync(db, meetings);
        await DemoRows.InsertAsync(db, activity);
    }

    /// <summary>"A og B", "A, B og C", leaving out whoever was not there.</summary>
    private static string Together(params string?[] present)
    {
        var names = present.OfType<string>().ToArray();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} og {names[^1]}";
    }
}
