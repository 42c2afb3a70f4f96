using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Modules.Community;

[Collection(CollegeAppsCollection.Name)]
public sealed class EnrolmentTests(CollegeApps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Enrolling_until_full_queues_the_next_and_a_cancel_gives_the_seat_to_the_first_waiting(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 2);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var relative = await app.ApiAs(Clients.Demo("parorende"));
        var anonymous = app.CreateClient();

        var first = await person.EnrolAsync(session);
        var second = await relative.EnrolAsync(session);
        var third = await anonymous.EnrolAnonymouslyAsync(session, "Kari", "kari@example.org");
        var fourth = await anonymous.EnrolAnonymouslyAsync(session, "Nils", phone: "912 34 567");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var firstJson = await first.JsonAsync();
        firstJson.GetProperty("status").GetString().ShouldBe("enrolled");
        firstJson.TryGetProperty("cancelCode", out var code).ShouldBeTrue();
        code.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var mine = firstJson.GetProperty("id").GetGuid();
        (await second.PlaceAsync()).ShouldBe(("enrolled", null));
        (await third.PlaceAsync()).ShouldBe(("waiting", 1));
        (await fourth.PlaceAsync()).ShouldBe(("waiting", 2));

        var cancel = await person.DeleteAsync($"{session.Enrolments}/{mine}");

        cancel.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cancel.PlaceAsync()).ShouldBe(("cancelled", null));
        var stored = await CollegeKit.StoredAsync(app, session);
        stored.Select(e => (e.Name, e.Status.ToString())).ShouldBe([(null, "Cancelled"), (null, "Enrolled"), ("Kari", "Enrolled"), ("Nils", "Waiting")]);
        var course = await (await anonymous.GetAsync($"/api/v1/courses/{session.CourseId}")).JsonAsync();
        var seats = course.GetProperty("sessions")[0];
        (seats.GetProperty("enrolled").GetInt32(), seats.GetProperty("waiting").GetInt32(), seats.GetProperty("freeSeats").GetInt32()).ShouldBe((2, 1, 0));
        var relativesOwn = await (await relative.GetAsync("/api/v1/me/enrolments")).JsonAsync();
        relativesOwn.EnumerateArray().Count(e => e.GetProperty("sessionId").GetGuid() == session.SessionId).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Enrolling_twice_in_one_session_gets_409_and_changes_nothing_even_on_a_double_click(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 5);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var anonymous = app.CreateClient();

        var clicks = await Task.WhenAll(person.EnrolAsync(session), person.EnrolAsync(session));
        var again = await person.EnrolAsync(session);
        await anonymous.EnrolAnonymouslyAsync(session, "Kari", "kari@example.org", "91234567");
        var sameMail = await anonymous.EnrolAnonymouslyAsync(session, "Kari N.", " KARI@example.org ");
        var samePhone = await anonymous.EnrolAnonymouslyAsync(session, "Kari", phone: "912 34 567");

        clicks.Select(c => c.StatusCode).Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.JsonAsync()).GetProperty("title").GetString().ShouldBe("Du er allerede påmeldt denne samlingen. Ingenting er endret.");
        sameMail.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        samePhone.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CollegeKit.StoredAsync(app, session)).Count.ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Many_enrolments_at_once_for_the_last_seat_give_it_to_exactly_one(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 1);
        var anonymous = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => anonymous.EnrolAnonymouslyAsync(session, $"Person {i}", $"p{i}@example.org")));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        var places = await Task.WhenAll(answers.Select(a => a.PlaceAsync()));
        places.Count(p => p.Status == "enrolled").ShouldBe(1);
        places.Where(p => p.Status == "waiting").Select(p => p.Position).Order().ShouldBe([1, 2, 3, 4, 5]);
        var stored = await CollegeKit.StoredAsync(app, session);
        stored.Count(e => e.Status.ToString() == "Enrolled").ShouldBe(1);
        stored.Select(e => e.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_session_that_has_started_cannot_be_enrolled(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 5);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        (await staff.PutAsJsonAsync($"/api/v1/courses/{session.CourseId}/sessions/{session.SessionId}", new
        {
            startsAt = yesterday.ToString("O"), endsAt = yesterday.AddHours(2).ToString("O"), place = "Biblioteket", capacity = 5, version = 0,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signedIn = await (await app.ApiAs(Clients.Demo("bruker"))).EnrolAsync(session);
        var anonymous = await app.CreateClient().EnrolAnonymouslyAsync(session, "Kari", "kari@example.org");

        signedIn.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await signedIn.JsonAsync()).GetProperty("title").GetString().ShouldBe("Denne samlingen har allerede startet, så du kan ikke melde deg på den.");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CollegeKit.StoredAsync(app, session)).ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Anonymous_enrolment_on_a_course_for_signed_in_users_is_refused(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 5, openToAll: false);

        var api = await app.CreateClient().EnrolAnonymouslyAsync(session, "Kari", "kari@example.org");
        var page = await app.Browser().PostFormAsync($"/recoveryskole/{session.CourseId}?handler=Enrol",
            new() { ["sessionId"] = session.SessionId.ToString(), ["name"] = "Kari", ["email"] = "kari@example.org" }, "/logg-inn");
        var signedIn = await (await app.ApiAs(Clients.Demo("parorende"))).EnrolAsync(session);

        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.JsonAsync()).GetProperty("title").GetString().ShouldBe("Dette kurset er for innloggede brukere. Logg inn for å melde deg på.");
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Dette kurset er for innloggede brukere.");
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CollegeKit.StoredAsync(app, session)).Single().AccountId.ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_anonymous_contact_details_get_clear_messages_and_store_nothing(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 5);
        var anonymous = app.CreateClient();

        var nothing = await anonymous.PostAsJsonAsync(session.Enrolments, new { });
        var badMail = await anonymous.EnrolAnonymouslyAsync(session, "Kari", "kari-at-example");
        var huge = await anonymous.EnrolAnonymouslyAsync(session, new string('k', 10_000), "kari@example.org");
        var unknown = await anonymous.PostAsJsonAsync($"/api/v1/courses/{session.CourseId}/sessions/{Guid.NewGuid()}/enrolments", new { name = "Kari", email = "kari@example.org" });

        nothing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await nothing.JsonAsync()).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
        errors.GetProperty("email")[0].GetString().ShouldBe("Skriv e-post eller telefonnummer, så vi kan nå deg.");
        (await badMail.JsonAsync()).GetProperty("errors").GetProperty("email")[0].GetString().ShouldBe("Skriv e-postadressen slik: navn@eksempel.no.");
        huge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CollegeKit.StoredAsync(app, session)).ShouldBeEmpty();
    }
}
