using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Community.College.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Community;

/// <summary>Skipper with an anonymous-enrolment limit no test reaches; the flood test runs its own app with a low one.</summary>
public sealed class CollegeApps : Apps
{
    protected override AppFactory Create(string provider) =>
        new(provider, settings: new Dictionary<string, string?> { ["Skipper:College:AnonymousEnrolmentsPerWindow"] = "100000" });
}

[CollectionDefinition(Name)]
public sealed class CollegeAppsCollection : ICollectionFixture<CollegeApps>
{
    public const string Name = "college apps";
}

internal sealed record TestSession(Guid CourseId, Guid SessionId)
{
    public string Enrolments => $"/api/v1/courses/{CourseId}/sessions/{SessionId}/enrolments";
}

internal static class CollegeKit
{
    /// <summary>A new course with one session a week ahead, made by the demo employee.</summary>
    public static async Task<TestSession> NewSessionAsync(AppFactory app, int capacity, bool openToAll = true)
    {
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var course = await staff.PostAsJsonAsync("/api/v1/courses", new
        {
            title = "Testkurs " + Guid.NewGuid().ToString("N")[..6],
            description = "Et kurs for testene.",
            peerTeacher = "Likeperson",
            professionalTeacher = "Fagperson",
            openToAll,
        });
        course.StatusCode.ShouldBe(HttpStatusCode.Created);
        var courseId = (await course.JsonAsync()).GetProperty("id").GetGuid();
        var starts = DateTimeOffset.UtcNow.AddDays(7);
        var session = await staff.PostAsJsonAsync($"/api/v1/courses/{courseId}/sessions", new
        {
            startsAt = starts.ToString("O"),
            endsAt = starts.AddHours(2).ToString("O"),
            place = "Biblioteket",
            capacity,
        });
        session.StatusCode.ShouldBe(HttpStatusCode.Created);
        return new TestSession(courseId, (await session.JsonAsync()).GetProperty("id").GetGuid());
    }

    public static Task<HttpResponseMessage> EnrolAnonymouslyAsync(this HttpClient client, TestSession session, string name, string? email = null, string? phone = null) =>
        client.PostAsJsonAsync(session.Enrolments, new { name, email, phone });

    public static Task<HttpResponseMessage> EnrolAsync(this HttpClient client, TestSession session) =>
        client.PostAsync(session.Enrolments, null);

    public static async Task<(string Status, int? Position)> PlaceAsync(this HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        var position = json.GetProperty("position");
        return (json.GetProperty("status").GetString()!, position.ValueKind == JsonValueKind.Null ? null : position.GetInt32());
    }

    public static async Task<List<Enrolment>> StoredAsync(AppFactory app, TestSession session)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Enrolment>().IgnoreQueryFilters().AsNoTracking().Where(e => e.SessionId == session.SessionId).OrderBy(e => e.Number).ToListAsync();
    }

    public static async Task<CourseSession> StoredSessionAsync(AppFactory app, TestSession session)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<CourseSession>().IgnoreQueryFilters().AsNoTracking().FirstAsync(s => s.Id == session.SessionId);
    }
}
