using System.Net;

namespace Skipper.IntegrationTests.Modules.Guide.Cards;

[Collection(AppsCollection.Name)]
public sealed class ReflectionLogTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_future_date_or_zero_participants_is_refused_and_nothing_is_stored(string provider)
    {
        var app = apps.For(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var cardId = (await GuideKit.CardsAsync(staff))[0].GetProperty("id").GetGuid();
        var before = await GuideKit.SessionRowsAsync(app);

        var future = await GuideKit.LogAsync(staff, new { heldOn = GuideKit.Today.AddDays(1), cardId, participants = 6, note = "" });
        var nobody = await GuideKit.LogAsync(staff, new { heldOn = GuideKit.Today, cardId, participants = 0, note = "" });
        var crowd = await GuideKit.LogAsync(staff, new { heldOn = GuideKit.Today, cardId, participants = 501 });
        var noCard = await GuideKit.LogAsync(staff, new { heldOn = GuideKit.Today, cardId = Guid.NewGuid(), participants = 4 });
        var otherPlace = await GuideKit.LogAsync(staff, new { departmentId = Guid.NewGuid(), heldOn = GuideKit.Today, cardId, participants = 4 });
        var longNote = await GuideKit.LogAsync(staff, new { heldOn = GuideKit.Today, cardId, participants = 4, note = new string('n', 1001) });
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var page = await browser.PostFormAsync("/veileder/kort/logg", new()
        {
            ["heldOn"] = GuideKit.Today.AddDays(3).ToString("yyyy-MM-dd"), ["cardId"] = cardId.ToString(), ["participants"] = "0", ["note"] = "Vi snakket om håp",
        });

        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.JsonAsync()).GetProperty("errors").GetProperty("heldOn")[0].GetString().ShouldBe("Datoen kan ikke være fram i tid. Logg økten når den er holdt.");
        nobody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nobody.JsonAsync()).GetProperty("errors").GetProperty("participants")[0].GetString().ShouldBe("Skriv hvor mange som var med, fra 1 til 500.");
        crowd.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noCard.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        otherPlace.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        longNote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Datoen kan ikke være fram i tid.");
        html.ShouldContain("Skriv hvor mange som var med, fra 1 til 500.");
        html.ShouldContain("Vi snakket om håp");
        (await GuideKit.SessionRowsAsync(app)).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_logged_session_counts_in_the_department_summary(string provider)
    {
        var app = apps.For(provider);
        var department = await GuideKit.NewDepartmentAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var cards = await GuideKit.CardsAsync(staff);
        var (first, second) = (cards[0].GetProperty("id").GetGuid(), cards[1].GetProperty("id").GetGuid());

        var logged = await GuideKit.LogAsync(staff, new { departmentId = department.DepartmentId, heldOn = GuideKit.Today, cardId = first, participants = 7, note = "Godt engasjement" });
        await GuideKit.LogAsync(staff, new { departmentId = department.DepartmentId, heldOn = GuideKit.Today.AddDays(-1), cardId = first, participants = 5 });
        await GuideKit.LogAsync(staff, new { departmentId = department.DepartmentId, heldOn = GuideKit.Today.AddMonths(-13), cardId = second, participants = 5 });
        var browser = await app.BrowserAs(Clients.Demo("ansatt"));
        var byPage = await browser.PostFormAsync("/veileder/kort/logg", new()
        {
            ["departmentId"] = department.DepartmentId.ToString(), ["heldOn"] = GuideKit.Today.ToString("yyyy-MM-dd"), ["cardId"] = second.ToString(), ["participants"] = "4",
        });
        var section = await app.ApiAs(Clients.Demo("seksjonsleder"));
        var summary = await GuideKit.SummaryAsync(section, department.DepartmentId);
        var listed = await (await section.GetAsync($"/api/v1/guide/reflection-sessions?departmentId={department.DepartmentId}&from={GuideKit.Today.AddYears(-1):yyyy-MM-dd}")).JsonAsync();

        logged.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await logged.JsonAsync()).GetProperty("participants").GetInt32().ShouldBe(7);
        byPage.Headers.Location!.OriginalString.ShouldBe("/veileder/kort?gjort=logget");
        summary.GetProperty("sessions").GetInt32().ShouldBe(3);
        var months = summary.GetProperty("months").EnumerateArray().ToList();
        months.Count.ShouldBe(12);
        months[^1].GetProperty("month").GetInt32().ShouldBe(GuideKit.Today.Month);
        months.Sum(m => m.GetProperty("sessions").GetInt32()).ShouldBe(3);
        summary.GetProperty("cardsUsed").GetInt32().ShouldBe(2);
        summary.GetProperty("mostUsed")[0].GetProperty("cardId").GetGuid().ShouldBe(first);
        summary.GetProperty("mostUsed")[0].GetProperty("sessions").GetInt32().ShouldBe(2);
        listed.GetArrayLength().ShouldBe(3);
        listed[0].GetProperty("note").GetString().ShouldBeOneOf("Godt engasjement", "");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_log_defaults_to_the_employees_own_department_and_today(string provider)
    {
        var app = apps.For(provider);
        var contact = await app.ApiAs(Clients.Demo("recoverykontakt"));
        var own = (await app.FindAccountAsync(Clients.Demo("recoverykontakt"))).DepartmentId!.Value;
        var card = (await GuideKit.CardsAsync(contact))[2];

        var logged = await GuideKit.LogAsync(contact, new { heldOn = GuideKit.Today, cardId = card.GetProperty("id").GetGuid(), participants = 3 });
        var browser = await app.BrowserAs(Clients.Demo("recoverykontakt"));
        var form = await browser.GetStringAsync($"/veileder/kort/logg?kort={card.GetProperty("number").GetInt32()}");

        logged.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await logged.JsonAsync()).GetProperty("departmentId").GetGuid().ShouldBe(own);
        form.ShouldContain($"value=\"{GuideKit.Today:yyyy-MM-dd}\"");
        form.ShouldContain($"<option value=\"{own}\" selected=\"selected\">");
        form.ShouldContain($"<option value=\"{card.GetProperty("id").GetGuid()}\" selected=\"selected\">");
        form.ShouldContain("Ikke skriv personopplysninger om personer i bedring");
    }
}
