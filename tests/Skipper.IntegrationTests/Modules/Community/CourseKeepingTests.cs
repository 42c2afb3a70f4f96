using System.Net;
using System.Net.Http.Json;

namespace Skipper.IntegrationTests.Modules.Community;

[Collection(CollegeAppsCollection.Name)]
public sealed class CourseKeepingTests(CollegeApps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Capacity_below_the_seats_taken_is_refused_and_more_seats_go_to_the_waiting_list(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 2);
        var anonymous = app.CreateClient();
        foreach (var i in Enumerable.Range(1, 4))
        {
            await anonymous.EnrolAnonymouslyAsync(session, $"Person {i}", $"p{i}@example.org");
        }
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var path = $"/api/v1/courses/{session.CourseId}/sessions/{session.SessionId}";
        var version = (await CollegeKit.StoredSessionAsync(app, session)).Version;
        var starts = DateTimeOffset.UtcNow.AddDays(7);
        object Edit(int capacity, int v) => new { startsAt = starts.ToString("O"), endsAt = starts.AddHours(2).ToString("O"), place = "Biblioteket", capacity, version = v };

        var lower = await staff.PutAsJsonAsync(path, Edit(1, version));
        var zero = await staff.PutAsJsonAsync(path, Edit(0, version));
        var stale = await staff.PutAsJsonAsync(path, Edit(3, version - 1));

        lower.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await lower.JsonAsync()).GetProperty("errors").GetProperty("capacity")[0].GetString().ShouldBe("2 er allerede påmeldt. Antall plasser kan ikke bli lavere enn det.");
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CollegeKit.StoredSessionAsync(app, session)).Capacity.ShouldBe(2);

        var raise = await staff.PutAsJsonAsync(path, Edit(3, version));

        raise.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CollegeKit.StoredAsync(app, session)).Select(e => e.Status.ToString()).ShouldBe(["Enrolled", "Enrolled", "Enrolled", "Waiting"]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_offer_provider_keeps_its_own_courses_and_nobody_elses(string provider)
    {
        var app = apps.For(provider);
        var municipal = await CollegeKit.NewSessionAsync(app, capacity: 3);
        var offerProvider = await app.ApiAs(Clients.Demo("tilbyder"));
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var made = await offerProvider.PostAsJsonAsync("/api/v1/courses", new { title = "Skrivekurs", peerTeacher = "A", professionalTeacher = "B", openToAll = true });
        var course = await made.JsonAsync();
        var id = course.GetProperty("id").GetGuid();
        var own = await offerProvider.PutAsJsonAsync($"/api/v1/courses/{id}", new { title = "Skrivekurs for alle", peerTeacher = "A", professionalTeacher = "B", openToAll = true, version = 0 });
        var staffOnTheirs = await staff.PutAsJsonAsync($"/api/v1/courses/{id}", new { title = "Nei", peerTeacher = "A", professionalTeacher = "B", version = 1 });
        var theirsOnMunicipal = await offerProvider.PutAsJsonAsync($"/api/v1/courses/{municipal.CourseId}", new { title = "Nei", peerTeacher = "A", professionalTeacher = "B", version = 0 });
        var person = await (await app.ApiAs(Clients.Demo("bruker"))).PostAsJsonAsync("/api/v1/courses", new { title = "Nei", peerTeacher = "A", professionalTeacher = "B" });
        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/v1/courses", new { title = "Nei", peerTeacher = "A", professionalTeacher = "B" });
        var missing = await offerProvider.PostAsJsonAsync("/api/v1/courses", new { title = "", peerTeacher = "A" });

        made.StatusCode.ShouldBe(HttpStatusCode.Created);
        course.GetProperty("organiser").GetString().ShouldBe("Mental Helse Demo");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.JsonAsync()).GetProperty("title").GetString().ShouldBe("Skrivekurs for alle");
        staffOnTheirs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        theirsOnMunicipal.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        person.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var errors = (await missing.JsonAsync()).GetProperty("errors");
        errors.GetProperty("title")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
        errors.GetProperty("professionalTeacher")[0].GetString().ShouldBe("Dette feltet må fylles ut.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_session_ending_before_it_starts_or_starting_in_the_past_is_refused(string provider)
    {
        var app = apps.For(provider);
        var session = await CollegeKit.NewSessionAsync(app, capacity: 3);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var path = $"/api/v1/courses/{session.CourseId}/sessions";

        var backwards = await staff.PostAsJsonAsync(path, new { startsAt = "2030-01-10T18:00", endsAt = "2030-01-10T17:00", place = "Her", capacity = 5 });
        var past = await staff.PostAsJsonAsync(path, new { startsAt = "2020-01-10T18:00", endsAt = "2020-01-10T20:00", place = "Her", capacity = 5 });
        var odd = await staff.PostAsJsonAsync(path, new { startsAt = "i morgen", endsAt = "2030-01-10T20:00", place = "Her", capacity = 5 });

        (await backwards.JsonAsync()).GetProperty("errors").GetProperty("endsAt")[0].GetString().ShouldBe("Slutten må være etter starten.");
        (await past.JsonAsync()).GetProperty("errors").GetProperty("startsAt")[0].GetString().ShouldBe("En ny samling må starte fram i tid.");
        odd.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var course = await (await staff.GetAsync($"/api/v1/courses/{session.CourseId}")).JsonAsync();
        course.GetProperty("sessions").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_public_catalogue_shows_the_demo_courses_with_free_seats_or_a_waiting_list(string provider)
    {
        var app = apps.For(provider);
        var anonymous = app.CreateClient();

        var courses = await (await anonymous.GetAsync("/api/v1/courses")).JsonAsync();
        var page = await anonymous.GetStringAsync("/recoveryskole");

        var titles = courses.EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        titles.ShouldContain("Hva er recovery?");
        titles.ShouldContain("Mestring av angst i hverdagen");
        titles.ShouldContain("Å være pårørende");
        page.ShouldContain("Hva er recovery?");
        page.ShouldContain("Fullt – 2 på venteliste");
        page.ShouldContain("2 ledige plasser");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_neighbour_municipality_neither_sees_nor_enrols_in_our_courses(string provider)
    {
        var app = apps.For(provider);
        var ours = await CollegeKit.NewSessionAsync(app, capacity: 3);
        var neighbour = await app.ApiAs(Clients.Nabo("bruker"));

        var list = await (await neighbour.GetAsync("/api/v1/courses")).JsonAsync();
        var course = await neighbour.GetAsync($"/api/v1/courses/{ours.CourseId}");
        var enrol = await neighbour.EnrolAsync(ours);
        var edit = await (await app.ApiAs(Clients.Nabo("ansatt"))).PutAsJsonAsync($"/api/v1/courses/{ours.CourseId}", new { title = "Nei", peerTeacher = "A", professionalTeacher = "B", version = 0 });

        list.EnumerateArray().ShouldNotContain(c => c.GetProperty("id").GetGuid() == ours.CourseId);
        list.GetArrayLength().ShouldBe(3);
        course.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        enrol.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CollegeKit.StoredAsync(app, ours)).ShouldBeEmpty();
    }
}
