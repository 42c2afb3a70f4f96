using Microsoft.AspNetCore.Identity;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Guide.Cards;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Demo;

/// <summary>Creates the demo municipalities, their departments and one account per role. Runs on a new database only.</summary>
internal sealed class DemoSeeder(
    AppDbContext db,
    UserManager<AppUser> userManager,
    IPasswordHasher<AppUser> hasher,
    IConfiguration configuration,
    IValuesList values,
    ShippedInstruments instruments,
    ShippedCards cards,
    TimeProvider clock)
{
    public async Task SeedAsync()
    {
        // One hash for every demo account: hashing is deliberately slow, and they share the password.
        var passwordHash = hasher.HashPassword(null!, DemoMunicipalities.Password(configuration));
        foreach (var municipality in DemoMunicipalities.All)
        {
            await SeedMunicipalityAsync(municipality, passwordHash);
        }
    }

    private async Task SeedMunicipalityAsync(DemoMunicipality municipality, string passwordHash)
    {
        var now = clock.GetUtcNow();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = municipality.Name, HostName = municipality.HostName, CreatedAt = now };
        db.Tenants.Add(tenant);
        var departments = municipality.Departments
            .Select(name => new Department { TenantId = tenant.Id, Id = Guid.NewGuid(), Name = name, CreatedAt = now })
            .ToList();
        db.Departments.AddRange(departments);
        await db.SaveChangesAsync();
        await values.SeedDefaultsAsync(tenant.Id);
        await instruments.SeedAsync(tenant.Id);

        Person? person = null;
        var users = new Dictionary<string, AppUser>();
        foreach (var account in municipality.Accounts)
        {
            var email = DemoMunicipality.Email(account.Role, municipality.MailDomain);
            var user = new AppUser
            {
                Id = Guid.NewGuid(),
                TenantId = tenant.Id,
                DepartmentId = account.Role is Roles.SectionLeader or Roles.TenantAdmin or Roles.Relative or Roles.OfferProvider
                    ? null
                    : departments[0].Id,
                DisplayName = account.DisplayName,
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                CreatedAt = now,
            };
            Check(await userManager.CreateAsync(user));
            Check(await userManager.AddToRoleAsync(user, account.Role));
            users[account.Role] = user;
            if (account.Role == Roles.Person)
            {
                person = new Person
                {
                    TenantId = tenant.Id,
                    Id = Guid.NewGuid(),
                    UserId = user.Id,
                    DepartmentId = departments[0].Id,
                    DisplayName = account.DisplayName,
                    CreatedAt = now,
                };
                db.Persons.Add(person);
            }
        }
        AddCrew(tenant.Id, person!, departments[0].Id, users, now);
        Modules.Plans.Demo.PlanDemo.Add(db, tenant.Id, person!.Id,
            Modules.Plans.Demo.PlanDemo.AuthorOf(users[Roles.Person], Roles.Person, now),
            Modules.Plans.Demo.PlanDemo.AuthorOf(users[Roles.Staff], Roles.Staff, now));
        var trajectories = municipality == DemoMunicipalities.Demo
            ? await SeedPopulationAsync(tenant.Id, departments, users, now)
            : Modules.Feedback.Demo.DemoTrajectories.None;
        await Modules.Feedback.Demo.FeedbackDemo.AddAsync(db, tenant.Id, person.Id, users[Roles.Staff].Id, users[Roles.Staff].DisplayName, person.DisplayName, now, trajectories);
        await Modules.Guide.Demo.GuideDemo.AddAsync(db, cards, tenant.Id, departments[0].Id, users[Roles.RecoveryContact].Id, now);
        Modules.Implementation.Goals.Demo.GoalsDemo.Add(db, tenant.Id, departments, users[Roles.RecoveryContact], users[Roles.DepartmentLeader], users[Roles.SectionLeader], now);
        Modules.Implementation.SelfAssessment.Demo.SelfAssessmentDemo.Add(db, tenant.Id, departments[0].Id, users[Roles.RecoveryContact], now);
        Modules.Community.Offers.Demo.OffersDemo.Add(db, tenant.Id, municipality.Name, users.GetValueOrDefault(Roles.OfferProvider)?.Id, now, neighbour: municipality != DemoMunicipalities.Demo);
        Modules.Community.College.Demo.CollegeDemo.Add(db, tenant.Id, users[Roles.OfferProvider].Id, users[Roles.OfferProvider].DisplayName, now);
        Modules.Community.Stories.Demo.StoriesDemo.Add(db, tenant.Id, users[Roles.Person].Id, users[Roles.Relative].Id, users[Roles.Staff].Id, users[Roles.RecoveryContact].Id, now);
        Modules.Community.Foundation.Demo.FoundationDemo.Add(db, tenant.Id, users[Roles.TenantAdmin].Id, now);
        Modules.Implementation.Survey.Demo.SurveyDemo.Add(db, tenant.Id, departments[0].Id, person.Id, users[Roles.RecoveryContact].DisplayName, now);
        Modules.Implementation.PeerWorkers.Demo.PeerDemo.Add(db, tenant.Id, departments.ConvertAll(d => d.Id), users[Roles.DepartmentLeader].DisplayName, now);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// People in recovery without accounts, spread over the departments, with their feedback, meetings and requests to
    /// start again, and reflection slots in every department: enough for the leaders' figures, which need 5 people.
    /// Written in one transaction with DemoRows (each module its own rows), not tracked. Returns the expected
    /// trajectories their ended episodes gave, for the demo person's answers.
    /// </summary>
    private async Task<Modules.Feedback.Demo.DemoTrajectories> SeedPopulationAsync(
        Guid tenantId, List<Department> departments, Dictionary<string, AppUser> users, DateTimeOffset now)
    {
        await cards.SeedAsync(tenantId);
        var population = DemoPopulation.Create(tenantId, departments, now);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await DemoRows.InsertAsync(db, [.. population.Select(r => r.Person)]);
        var trajectories = await Modules.Feedback.Demo.FeedbackPopulationDemo.AddAsync(db, tenantId, population, now);
        await Modules.Plans.Demo.PlanPopulationDemo.AddAsync(db, population);
        await Modules.Community.Restart.Demo.RestartDemo.AddAsync(db, population, now);
        await Modules.Guide.Demo.GuidePopulationDemo.AddAsync(
            db, tenantId, [.. departments.Select(d => d.Id)], users[Roles.RecoveryContact].Id, users[Roles.SectionLeader].Id, now);
        await transaction.CommitAsync();
        return trajectories;
    }

    /// <summary>The demo staff member (coordinator) and peer worker serve the demo person; the relative sees goals and warning signs.</summary>
    private void AddCrew(Guid tenantId, Person person, Guid departmentId, Dictionary<string, AppUser> users, DateTimeOffset now)
    {
        var leader = users[Roles.DepartmentLeader].Id;
        foreach (var (role, coordinator) in new[] { (Roles.Staff, true), (Roles.PeerWorker, false) })
        {
            db.CareRelations.Add(new CareRelation
            {
                TenantId = tenantId,
                Id = Guid.NewGuid(),
                PersonId = person.Id,
                StaffUserId = users[role].Id,
                DepartmentId = departmentId,
                IsCoordinator = coordinator,
                StartsAt = now,
                StartedBy = leader,
            });
        }
        db.RelativeShares.Add(new RelativeShare
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            PersonId = person.Id,
            RelativeUserId = users[Roles.Relative].Id,
            Scopes = "goals warning-signs",
            SharedAt = now,
        });
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
