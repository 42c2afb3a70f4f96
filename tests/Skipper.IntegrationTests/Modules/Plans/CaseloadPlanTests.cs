using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.People;

namespace Skipper.IntegrationTests.Modules.Plans;

/// <summary>The caseload's plan column: the latest update of each plan, and whether a review is due.</summary>
public sealed class CaseloadPlanTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_caseload_shows_who_changed_the_plan_last_and_that_a_plan_without_meetings_or_review_date_is_due(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var seeded = PlanOf(await CaseloadAsync(staff), personId);

        var person = await app.ApiAs(Clients.Demo("bruker"));
        var saved = await person.PutAsJsonAsync("/api/v1/me/plan/what-matters", new { whatMatters = "Familien", dreams = "", version = 1 });
        var after = PlanOf(await CaseloadAsync(staff), personId);

        seeded.GetProperty("lastChangedBy").GetString().ShouldBe("Per Hansen");
        seeded.GetProperty("reviewDue").GetBoolean().ShouldBeFalse();
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.GetProperty("lastChangedBy").GetString().ShouldBe("Ola Nordmann");
        after.GetProperty("lastChangedAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        after.GetProperty("reviewDue").GetBoolean().ShouldBeFalse();
        await SetActivityAsync(app, personId, lastMeeting: null, nextReview: null);
        PlanOf(await CaseloadAsync(staff), personId).GetProperty("reviewDue").GetBoolean().ShouldBeTrue();
        var page = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/mine-brukere");
        page.ShouldContain("<th scope=\"col\">Plan</th>");
        page.ShouldContain("av Ola Nordmann");
        page.ShouldContain("Tid for å gå gjennom planen");
        (await Demo.AuditAsync(app)).Count(e => e.Resource == "caseload" && e.PersonId == personId).ShouldBe(4);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_agreed_review_date_or_a_recent_meeting_decides_and_a_person_without_a_plan_has_nothing_due(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staffId = await Demo.UserIdAsync(app, Clients.Demo("ansatt"));
        var newcomer = await AddPersonServedByAsync(app, personId, staffId, "Berit Bakke");
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Oslo).DateTime);

        await SetActivityAsync(app, personId, lastMeeting: today.AddMonths(-7), nextReview: today.AddDays(30));
        var agreedLater = PlanOf(await CaseloadAsync(staff), personId).GetProperty("reviewDue").GetBoolean();
        await SetActivityAsync(app, personId, lastMeeting: today.AddMonths(-1), nextReview: today.AddDays(-1));
        var agreedPassed = PlanOf(await CaseloadAsync(staff), personId).GetProperty("reviewDue").GetBoolean();
        await SetActivityAsync(app, personId, lastMeeting: today.AddMonths(-1), nextReview: null);
        var recentMeeting = PlanOf(await CaseloadAsync(staff), personId).GetProperty("reviewDue").GetBoolean();
        await SetActivityAsync(app, personId, lastMeeting: today.AddMonths(-7), nextReview: null);
        var oldMeeting = PlanOf(await CaseloadAsync(staff), personId).GetProperty("reviewDue").GetBoolean();
        var caseload = await CaseloadAsync(staff);

        agreedLater.ShouldBeFalse();
        agreedPassed.ShouldBeTrue();
        recentMeeting.ShouldBeFalse();
        oldMeeting.ShouldBeTrue();
        var untouched = PlanOf(caseload, newcomer);
        untouched.GetProperty("lastChangedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        untouched.GetProperty("reviewDue").GetBoolean().ShouldBeFalse();
        caseload.EnumerateArray().Select(e => e.GetProperty("displayName").GetString()).ShouldBe(["Berit Bakke", "Ola Nordmann"]);
        var page = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/mine-brukere");
        page.ShouldContain("Ingen endringer ennå");
    }

    private static async Task<JsonElement> CaseloadAsync(HttpClient staff)
    {
        var response = await staff.GetAsync("/api/v1/caseload");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static JsonElement PlanOf(JsonElement caseload, Guid personId) =>
        caseload.EnumerateArray().Single(e => e.GetProperty("personId").GetGuid() == personId).GetProperty("columns").GetProperty("plan");

    /// <summary>What a meeting or a shared decision would leave on the plan's activity row.</summary>
    private static async Task SetActivityAsync(AppFactory app, Guid personId, DateOnly? lastMeeting, DateOnly? nextReview)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var activity = await db.Set<PlanActivity>().IgnoreQueryFilters().SingleAsync(a => a.PersonId == personId);
        activity.LastMeetingOn = lastMeeting;
        activity.NextReviewOn = nextReview;
        await db.SaveChangesAsync();
    }

    /// <summary>A second person in the demo person's municipality and department, served by the staff member, with no plan yet.</summary>
    private static async Task<Guid> AddPersonServedByAsync(AppFactory app, Guid demoPersonId, Guid staffUserId, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var demo = await db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == demoPersonId);
        var person = new Person { TenantId = demo.TenantId, Id = Guid.NewGuid(), DepartmentId = demo.DepartmentId, DisplayName = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Persons.Add(person);
        db.CareRelations.Add(new CareRelation
        {
            TenantId = demo.TenantId,
            Id = Guid.NewGuid(),
            PersonId = person.Id,
            StaffUserId = staffUserId,
            DepartmentId = demo.DepartmentId!.Value,
            StartsAt = DateTimeOffset.UtcNow.AddMinutes(-1),
            StartedBy = staffUserId,
        });
        await db.SaveChangesAsync();
        return person.Id;
    }
}
