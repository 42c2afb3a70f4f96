using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Demo;

/// <summary>
/// A care worker named in the population's sessions and minutes. Not an account: the demo's own staff keep the
/// caseloads the other demo pages and tests expect, so the id stands for someone who has no sign-in here.
/// </summary>
internal sealed record DemoClinician(Guid UserId, string Name)
{
    public string Role => Roles.Staff;
}

/// <summary>One person of the demo population with what happened in their care.</summary>
internal sealed record DemoResident(Person Person, DemoClinician Clinician, DemoLife Life);

/// <summary>
/// People in recovery without accounts, spread over Demo kommune's departments, so that the leaders' figures (built
/// only from 5 people or more) have something to show. Decided here once, by a fixed seed and relative to now; each
/// module turns the same lives into its own rows (Feedback, Plans, start again).
/// </summary>
internal static class DemoPopulation
{
    public const int Seed = 2026;

    /// <summary>Persons per department, in the order of the municipality's departments.</summary>
    public static readonly int[] PerDepartment = [28, 26, 27];

    private static readonly string[] Clinicians = ["Marit Solberg", "Espen Lunde", "Hanne Bakke"];

    public static IReadOnlyList<DemoResident> Create(Guid tenantId, IReadOnlyList<Department> departments, DateTimeOffset now)
    {
        var random = new Random(Seed);
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var names = DemoNames.Draw(random, PerDepartment.Take(departments.Count).Sum());
        var residents = new List<DemoResident>();
        for (var d = 0; d < Math.Min(departments.Count, PerDepartment.Length); d++)
        {
            var clinician = new DemoClinician(Guid.NewGuid(), Clinicians[d]);
            for (var place = 0; place < PerDepartment[d]; place++)
            {
                var life = DemoTimeline.Life(place, today, random);
                var since = life.Episodes.Count > 0 ? life.Episodes[0].Sessions[0].AddDays(-random.Next(1, 20)) : now.AddDays(-400);
                var person = new Person
                {
                    TenantId = tenantId,
                    Id = Guid.NewGuid(),
                    DepartmentId = departments[d].Id,
                    DisplayName = names[residents.Count],
                    CreatedAt = since,
                };
                residents.Add(new DemoResident(person, clinician, life));
            }
        }
        return residents;
    }
}
