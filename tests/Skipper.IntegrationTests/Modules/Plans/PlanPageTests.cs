using System.Net;
using System.Net.Http.Json;
using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Plans;

public sealed class PlanPageTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_forms_save_and_refuse_bad_input_with_the_text_kept(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));

        var goal = await browser.PostFormAsync("/min-plan?handler=Goal", new() { ["title"] = "Ta bussen alene", ["whoHelps"] = "Mor" }, "/min-plan");
        var empty = await browser.PostFormAsync("/min-plan?handler=Goal", new() { ["title"] = "", ["description"] = "Beholdes" }, "/min-plan");
        var emptyPage = await empty.Content.ReadAsStringAsync();
        var goalId = (await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync())
            .GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("title").GetString() == "Ta bussen alene").GetProperty("id").GetGuid();
        var badDate = await browser.PostFormAsync("/min-plan?handler=Step", new() { ["goalId"] = goalId.ToString(), ["text"] = "Øve", ["dueDate"] = "i morgen" }, "/min-plan");

        goal.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        emptyPage.ShouldContain("Dette feltet må fylles ut.");
        emptyPage.ShouldContain("Beholdes");
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badDate.Content.ReadAsStringAsync()).ShouldContain("Skriv datoen som år-måned-dag");
        var edit = await browser.GetStringAsync($"/min-plan/mal/{goalId}");
        edit.ShouldContain("Ta bussen alene");
        (await browser.GetAsync($"/min-plan/mal/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_page_save_after_someone_else_saved_shows_the_newer_text_and_keeps_mine(string provider)
    {
        using var app = new AppFactory(provider);
        var browser = await app.BrowserAs(Clients.Demo("bruker"));
        var form = await browser.GetStringAsync("/min-plan");
        (await (await app.ApiAs(Clients.Demo("bruker"))).PutAsJsonAsync("/api/v1/me/plan/what-matters", new { whatMatters = "Skrevet på telefonen", dreams = "", version = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var late = await browser.PostFormAsync("/min-plan?handler=WhatMatters",
            new() { ["whatMatters"] = "Skrevet på PC-en", ["dreams"] = "", ["version"] = "1" }, "/logg-inn");

        form.ShouldContain("name=\"version\" value=\"1\"");
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await late.Content.ReadAsStringAsync();
        page.ShouldContain("Noen andre lagret først");
        page.ShouldContain("Skrevet på telefonen");
        page.ShouldContain("Skrevet på PC-en");
        var plan = await (await (await app.ApiAs(Clients.Demo("bruker"))).GetAsync("/api/v1/me/plan")).JsonAsync();
        plan.GetProperty("whatMatters").GetProperty("whatMatters").GetString().ShouldBe("Skrevet på telefonen");
    }
}
