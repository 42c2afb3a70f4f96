using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Community.Stories.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Modules.Community;

[Collection(AppsCollection.Name)]
public sealed class StoriesTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_story_without_consent_is_refused_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var title = "Uten samtykke " + Guid.NewGuid();

        var missing = await person.PostAsJsonAsync("/api/v1/stories", new { title, text = "Min historie." });
        var no = await person.PostAsJsonAsync("/api/v1/stories", new { title, text = "Min historie.", consent = false });
        var tooLong = await person.PostAsJsonAsync("/api/v1/stories", new { title = new string('a', 201), text = new string('b', 20_001), consent = true });
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        var form = await browser.PostFormAsync("/historier/ny", new() { ["title"] = title, ["text"] = "Fra skjemaet.", ["kind"] = "recovery" });

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        no.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await no.JsonAsync()).GetProperty("errors").GetProperty("consent")[0].GetString()!.ShouldContain("samtykke");
        var errors = (await tooLong.JsonAsync()).GetProperty("errors");
        errors.TryGetProperty("title", out _).ShouldBeTrue();
        errors.TryGetProperty("text", out _).ShouldBeTrue();
        form.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await form.Content.ReadAsStringAsync();
        page.ShouldContain("Du må krysse av for samtykke");
        page.ShouldContain("Fra skjemaet.");
        (await StoredAsync(app, title)).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_submitted_story_is_not_public_and_the_reviewer_sees_only_its_text_until_it_is_published(string provider)
    {
        var app = apps.For(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var title = "Veien tilbake " + Guid.NewGuid();
        var id = await SubmitAsync(person, title, "Jeg begynte å gå tur hver morgen.");
        var anonymous = app.CreateClient();

        (await anonymous.GetStringAsync("/api/v1/stories")).ShouldNotContain(title);
        (await anonymous.GetAsync($"/api/v1/stories/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Browser().GetAsync($"/historier/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Browser().GetStringAsync("/historier")).ShouldNotContain(title);

        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var review = await contact.GetStringAsync("/api/v1/stories/review");
        var item = JsonDocument.Parse(review).RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        item.EnumerateObject().Select(p => p.Name).Order().ShouldBe(["id", "kind", "text", "title", "version"]);
        var reviewPage = await (await app.BrowserAs(Clients.Demo("recoverykontakt"))).GetStringAsync("/historier/vurdering");
        reviewPage.ShouldContain(title);
        var authorId = await AuthorIdAsync(app, id);
        foreach (var seen in new[] { review, reviewPage })
        {
            seen.ShouldNotContain("Ola Nordmann");
            seen.ShouldNotContain("bruker@demo.skipper.local");
            seen.ShouldNotContain(authorId.ToString());
        }
        (await (await app.ApiAs(Clients.Demo("ansatt"))).GetAsync("/api/v1/stories/review")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var published = await contact.PostAsJsonAsync($"/api/v1/stories/{id}/publish", new { note = "Takk for at du delte!" });

        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await (await anonymous.GetAsync("/api/v1/stories")).JsonAsync();
        var listed = list.GetProperty("stories").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        listed.GetProperty("title").GetString().ShouldBe(title);
        listed.GetProperty("authorRole").GetString().ShouldBe("person");
        (await anonymous.GetStringAsync($"/api/v1/stories/{id}")).ShouldContain("Jeg begynte å gå tur hver morgen.");
        (await app.Browser().GetStringAsync($"/historier/{id}")).ShouldContain("Jeg begynte å gå tur hver morgen.");
        (await contact.PostAsJsonAsync($"/api/v1/stories/{id}/decline", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var mine = await (await person.GetAsync("/api/v1/stories/mine")).JsonAsync();
        var own = mine.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        own.GetProperty("status").GetString().ShouldBe("published");
        own.GetProperty("reviewNote").GetString().ShouldBe("Takk for at du delte!");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_withdrawn_story_is_gone_at_once_even_from_a_page_just_cached(string provider)
    {
        var app = apps.For(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var title = "Trekkes tilbake " + Guid.NewGuid();
        var id = await SubmitAsync(person, title, "En historie jeg angrer på.");
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        (await contact.PostAsJsonAsync($"/api/v1/stories/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var visitor = app.Browser();
        for (var i = 0; i < 2; i++)
        {
            (await visitor.GetStringAsync("/historier")).ShouldContain(title);
            (await visitor.GetStringAsync($"/historier/{id}")).ShouldContain("En historie jeg angrer på.");
        }

        var author = await app.BrowserAs(Clients.Demo("bruker"));
        var withdrawn = await author.PostFormAsync("/historier/mine?handler=Withdraw", new() { ["id"] = id.ToString() }, "/historier/mine");

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetStringAsync("/historier")).ShouldNotContain(title);
        (await visitor.GetAsync($"/historier/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetStringAsync("/api/v1/stories")).ShouldNotContain(title);
        (await app.CreateClient().GetAsync($"/api/v1/stories/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await author.GetStringAsync("/historier/mine")).ShouldContain("Trukket tilbake");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_the_author_withdraws_a_story_and_to_anyone_else_it_does_not_exist(string provider)
    {
        var app = apps.For(provider);
        var person = await app.ApiAs(Clients.Demo("bruker"));
        var title = "Bare min " + Guid.NewGuid();
        var id = await SubmitAsync(person, title, "Min tekst.");
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).PostAsJsonAsync($"/api/v1/stories/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var role in new[] { "parorende", "ansatt", "recoverykontakt", "admin" })
        {
            var other = await app.ApiAs(Clients.Demo(role));
            (await other.PostAsync($"/api/v1/stories/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, role);
            (await other.GetStringAsync("/api/v1/stories/mine")).ShouldNotContain(title);
        }
        (await (await app.ApiAs(Clients.Nabo("bruker"))).PostAsync($"/api/v1/stories/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().PostAsync($"/api/v1/stories/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await app.CreateClient().GetStringAsync($"/api/v1/stories/{id}")).ShouldContain(title);
        var own = await person.PostAsync($"/api/v1/stories/{id}/withdraw", null);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.JsonAsync()).GetProperty("status").GetString().ShouldBe("withdrawn");
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).PostAsJsonAsync($"/api/v1/stories/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_demo_has_two_published_stories_and_one_waiting(string provider)
    {
        var app = apps.For(provider);
        var list = await app.Browser().GetStringAsync("/historier");
        list.ShouldContain("Tirsdagene som ble mine igjen");
        list.ShouldContain("Vi byttet spørsmål, og samtalene ble andre");
        list.ShouldNotContain("Å være mor til en som sliter");
        (await (await app.ApiAs(Clients.Demo("recoverykontakt"))).GetStringAsync("/api/v1/stories/review")).ShouldContain("Å være mor til en som sliter");
    }

    private static async Task<Guid> SubmitAsync(HttpClient author, string title, string text)
    {
        var sent = await author.PostAsJsonAsync("/api/v1/stories", new { title, text, consent = true });
        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        var story = await sent.JsonAsync();
        story.GetProperty("status").GetString().ShouldBe("submitted");
        return story.GetProperty("id").GetGuid();
    }

    private static async Task<int> StoredAsync(AppFactory app, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<Story>().IgnoreQueryFilters().CountAsync(s => s.Title == title);
    }

    private static async Task<Guid> AuthorIdAsync(AppFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Set<Story>().IgnoreQueryFilters().SingleAsync(s => s.Id == id)).AuthorId;
    }
}
