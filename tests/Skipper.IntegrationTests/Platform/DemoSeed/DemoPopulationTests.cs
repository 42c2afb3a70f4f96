using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Community.Restart;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.People;

namespace Skipper.IntegrationTests.Platform.DemoSeed;

/// <summary>A new demo database holds what the leaders' figures need: 5 people or more per department and period.</summary>
[Collection(AppsCollection.Name)]
public sealed class DemoPopulationTests(Apps apps)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.InNorway().DateTime);
    private static readonly DateOnly ThisMonth = new(Today.Year, Today.Month, 1);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_department_has_episodes_of_five_people_or_more_ending_in_each_of_the_last_six_months(string provider)
    {
        var (db, scope, tenantId) = await OpenAsync(apps.For(provider));
        await using var _ = scope;
        var persons = await Population(db, tenantId).ToDictionaryAsync(p => p.Id, p => p.DepartmentId!.Value);
        var ended = await db.Set<FeedbackEpisode>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.TenantId == tenantId && e.EndedOn != null).Select(e => new { e.PersonId, EndedOn = e.EndedOn!.Value, e.IntakeOutcome, e.LatestOutcome }).ToListAsync();

        persons.Values.Distinct().Count().ShouldBe(3);
        for (var m = 1; m <= 6; m++)
        {
            var month = ThisMonth.AddMonths(-m);
            foreach (var department in persons.Values.Distinct())
            {
                ended.Where(e => persons.GetValueOrDefault(e.PersonId) == department && e.EndedOn >= month && e.EndedOn < month.AddMonths(1))
                    .Select(e => e.PersonId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5, $"{month:yyyy-MM}");
            }
        }
        ended.ShouldContain(e => e.LatestOutcome - e.IntakeOutcome >= 5);
        ended.ShouldContain(e => e.LatestOutcome - e.IntakeOutcome <= -5);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Recent_answers_have_low_alliances_stored_bands_answers_off_track_and_recovery_questionnaires(string provider)
    {
        var (db, scope, tenantId) = await OpenAsync(apps.For(provider));
        await using var _ = scope;
        var persons = await Population(db, tenantId).ToDictionaryAsync(p => p.Id, p => p.DepartmentId!.Value);
        var from = ThisMonth.AddMonths(-3);
        var answers = await db.Set<FeedbackResponse>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.Date >= from)
            .Select(r => new { r.PersonId, r.Kind, r.Total, r.ExpectedLow, r.ExpectedVersion, r.PartScoresJson }).ToListAsync();
        var population = answers.Where(a => persons.ContainsKey(a.PersonId)).ToList();
        var versions = await db.Set<ExpectedTrajectory>().IgnoreQueryFilters().AsNoTracking().Where(t => t.TenantId == tenantId).ToListAsync();
        var endedEpisodes = await db.Set<FeedbackEpisode>().IgnoreQueryFilters().CountAsync(e => e.TenantId == tenantId && e.EndedOn != null && e.OutcomeCount > 0);

        foreach (var department in persons.Values.Distinct())
        {
            var mine = population.Where(a => persons[a.PersonId] == department).ToList();
            mine.Where(a => a.Kind == InstrumentKind.Alliance).Select(a => a.PersonId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
            mine.Where(a => a.Kind == InstrumentKind.Recovery).Select(a => a.PersonId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        }
        population.ShouldContain(a => a.Kind == InstrumentKind.Alliance && a.Total < 36);
        population.Where(a => a.Kind == InstrumentKind.Outcome && a.ExpectedLow != null).Count().ShouldBeGreaterThanOrEqualTo(20);
        population.ShouldContain(a => a.Kind == InstrumentKind.Outcome && a.Total < a.ExpectedLow);
        population.Where(a => a.Kind == InstrumentKind.Recovery).ShouldAllBe(a => a.PartScoresJson!.Contains("support"));
        // The daily recalculation finds nothing new: the latest version already counts every ended episode.
        versions.MaxBy(v => v.Version)!.EpisodeCount.ShouldBe(endedEpisodes);
        population.Where(a => a.ExpectedVersion != null).ShouldAllBe(a => a.ExpectedVersion <= versions.Count);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Meetings_requests_to_start_again_and_reflection_slots_reach_every_department(string provider)
    {
        var (db, scope, tenantId) = await OpenAsync(apps.For(provider));
        await using var _ = scope;
        var persons = await Population(db, tenantId).ToDictionaryAsync(p => p.Id, p => p.DepartmentId!.Value);
        var from = Today.AddDays(-90);
        var meetings = await db.Set<PlanMeeting>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.Date >= from).Select(m => new { m.PersonId, m.PersonAttended }).ToListAsync();
        var requests = await db.Set<RestartRequest>().IgnoreQueryFilters().AsNoTracking().Where(r => r.TenantId == tenantId).ToListAsync();
        var reflection = await db.Set<ReflectionSession>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.HeldOn >= ThisMonth.AddMonths(-12)).Select(s => s.DepartmentId).ToListAsync();

        foreach (var department in persons.Values.Distinct())
        {
            meetings.Where(m => persons.GetValueOrDefault(m.PersonId) == department).Select(m => m.PersonId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
            var answered = requests.Where(r => r.DepartmentId == department && r.FirstContactAt != null).ToList();
            answered.Select(r => r.PersonId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
            answered.ShouldAllBe(r => RestartRules.DaysToFirstContact(r.RequestedAt, r.FirstContactAt) >= 0 && RestartRules.DaysToFirstContact(r.RequestedAt, r.FirstContactAt) <= 30);
            reflection.Count(d => d == department).ShouldBeGreaterThanOrEqualTo(12);
        }
        meetings.Count(m => m.PersonAttended).ShouldBeGreaterThan(meetings.Count / 2);
        meetings.ShouldContain(m => !m.PersonAttended);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_population_has_no_accounts_and_no_one_serves_them_so_the_demo_caseloads_stay_as_they_were(string provider)
    {
        // A database of its own: other tests add accounts and care relations to the shared one.
        using var app = new AppFactory(provider);
        var (db, scope, tenantId) = await OpenAsync(app);
        await using var _ = scope;
        var population = await Population(db, tenantId).Select(p => p.Id).ToListAsync();
        var staff = await app.FindAccountAsync(Clients.Demo("ansatt"));
        var demoPerson = await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.TenantId == tenantId && p.UserId != null);

        population.Count.ShouldBeInRange(75, 90);
        (await db.CareRelations.IgnoreQueryFilters().AnyAsync(r => population.Contains(r.PersonId))).ShouldBeFalse();
        (await db.CareRelations.IgnoreQueryFilters().Where(r => r.StaffUserId == staff.Id).Select(r => r.PersonId).ToListAsync()).ShouldBe([demoPerson.Id]);
        (await db.Persons.IgnoreQueryFilters().CountAsync(p => p.UserId != null)).ShouldBe(2);
    }

    private static async Task<(AppDbContext Db, AsyncServiceScope Scope, Guid TenantId)> OpenAsync(AppFactory app)
    {
        var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenantId = await db.Tenants.Where(t => t.HostName == "demo.localhost").Select(t => t.Id).SingleAsync();
        return (db, scope, tenantId);
    }

    private static IQueryable<Person> Population(AppDbContext db, Guid tenantId) =>
        db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => p.TenantId == tenantId && p.UserId == null && p.DepartmentId != null);
}
