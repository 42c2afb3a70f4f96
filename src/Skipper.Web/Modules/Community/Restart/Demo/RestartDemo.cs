using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Demo;

namespace Skipper.Web.Modules.Community.Restart.Demo;

/// <summary>
/// The demo population's requests to start again, each with the first contact FirstContacts would have found (the
/// next session or meeting, by RestartRules), taken on by the department's care worker a day or so after it came in.
/// The newest few still wait. The care worker has no account here, so the request keeps the name only, as it does
/// when an account is removed.
/// </summary>
internal static class RestartDemo
{
    private static readonly string[] Messages =
    [
        "", "", "", "Jeg har det tyngre igjen og vil gjerne snakke med noen.", "Ring meg gjerne etter klokka tolv.",
        "Kan jeg få komme tilbake til samtalene?", "Det gikk bra en stund, men nå trenger jeg litt hjelp igjen.",
    ];

    public static async Task AddAsync(AppDbContext db, IReadOnlyList<DemoResident> residents, DateTimeOffset now)
    {
        var requests = new List<RestartRequest>();
        var random = new Random(DemoPopulation.Seed + 3);
        var today = RestartRules.DayInNorway(now);
        foreach (var who in residents)
        {
            foreach (var asked in who.Life.Restarts)
            {
                var session = who.Life.Episodes.SelectMany(e => e.Sessions).Where(s => s >= asked.RequestedAt && s <= now).Order().FirstOrDefault();
                var meeting = who.Life.Meetings.Select(m => m.Date).Where(d => d >= RestartRules.DayInNorway(asked.RequestedAt) && d <= today).Order().FirstOrDefault();
                var contact = RestartRules.FirstContact(
                    asked.RequestedAt, session == default ? null : session, meeting == default ? null : meeting);
                var handledAt = contact is { } first ? Earlier(asked.RequestedAt.AddHours(2 + random.Next(30)), first.At) : (DateTimeOffset?)null;
                requests.Add(new RestartRequest
                {
                    TenantId = who.Person.TenantId,
                    Id = Guid.NewGuid(),
                    PersonId = who.Person.Id,
                    DepartmentId = who.Person.DepartmentId!.Value,
                    EndedEpisodeId = asked.EndedEpisodeId,
                    RequestedAt = asked.RequestedAt,
                    Message = Messages[random.Next(Messages.Length)],
                    FirstContactAt = contact?.At,
                    FirstContactKind = contact?.Kind,
                    HandledBy = handledAt is null ? null : who.Clinician.Name,
                    HandledAt = handledAt,
                    Version = handledAt is null ? 1 : 2,
                });
            }
        }
        await DemoRows.InsertAsync(db, requests);
    }

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
