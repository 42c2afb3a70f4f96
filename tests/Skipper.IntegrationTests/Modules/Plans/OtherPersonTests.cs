using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.IntegrationTests.Platform.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.People;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class OtherPersonTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_goal_id_of_another_person_in_the_same_municipality_is_not_found_and_changes_nothing(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var otherGoal = await AddOtherPersonWithGoalAsync(app, personId);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var step = await person.PostAsJsonAsync($"/api/v1/me/plan/goals/{otherGoal}/steps", new { text = "Mitt steg" });
        var edit = await person.PutAsJsonAsync($"/api/v1/me/plan/goals/{otherGoal}", new { title = "Mitt mål", version = 1 });
        var staffStep = await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/plan/goals/{otherGoal}/steps", new { text = "Et steg" });

        step.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        staffStep.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staffStep.JsonAsync()).GetProperty("title").GetString().ShouldBe("Fant ikke målet i planen.");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<GoalStep>().IgnoreQueryFilters().CountAsync(s => s.GoalId == otherGoal)).ShouldBe(0);
        (await db.Set<Goal>().IgnoreQueryFilters().SingleAsync(g => g.Id == otherGoal)).Title.ShouldBe("Et annet mål");
    }

    private static async Task<Guid> AddOtherPersonWithGoalAsync(AppFactory app, Guid neighbourOf)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenantId = await db.Persons.IgnoreQueryFilters().Where(p => p.Id == neighbourOf).Select(p => p.TenantId).SingleAsync();
        var other = new Person { TenantId = tenantId, Id = Guid.NewGuid(), DisplayName = "Annen Person", CreatedAt = DateTimeOffset.UtcNow };
        var goal = new Goal
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            PersonId = other.Id,
            Title = "Et annet mål",
            Origin = GoalOrigin.Own,
            WrittenBy = new Authorship(Guid.NewGuid(), "Annen Person", "bruker", DateTimeOffset.UtcNow),
            Version = 1,
        };
        db.Add(other);
        db.Add(goal);
        await db.SaveChangesAsync();
        return goal.Id;
    }
}
