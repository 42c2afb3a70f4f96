using System.Net;

namespace Skipper.IntegrationTests.Modules.Community;

/// <summary>Its own Skipper with a low limit, since the limit counts per client address for the whole app.</summary>
public sealed class AnonymousFloodTests
{
    private const string TooMany = "Det har kommet for mange påmeldinger fra denne adressen på kort tid. Vent litt og prøv igjen, eller logg inn.";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_flood_of_anonymous_enrolments_is_refused_with_429_and_stores_nothing_more(string provider)
    {
        using var app = new AppFactory(provider, settings: new Dictionary<string, string?> { ["Skipper:College:AnonymousEnrolmentsPerWindow"] = "3" });
        var session = await CollegeKit.NewSessionAsync(app, capacity: 50);
        var anonymous = app.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await anonymous.EnrolAnonymouslyAsync(session, $"Robot {i}", $"robot{i}@example.org"));
        }
        var page = await app.Browser().PostFormAsync($"/recoveryskole/{session.CourseId}?handler=Enrol",
            new() { ["sessionId"] = session.SessionId.ToString(), ["name"] = "Kari", ["email"] = "kari@example.org" }, $"/recoveryskole/{session.CourseId}");
        var signedIn = await (await app.ApiAs(Clients.Demo("bruker"))).EnrolAsync(session);

        answers.Take(3).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        answers.Skip(3).ShouldAllBe(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        (await answers[5].JsonAsync()).GetProperty("title").GetString().ShouldBe(TooMany);
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await page.Content.ReadAsStringAsync()).ShouldContain(TooMany);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CollegeKit.StoredAsync(app, session)).Count.ShouldBe(4);
    }
}
