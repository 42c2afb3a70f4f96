using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Community;

/// <summary>
/// Its own Skipper: the test ends the demo person's care, which the other browser tests (feedback) must not see.
/// It runs alone, not beside the other browser tests: two apps and two browsers at once on two cores timed out once.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RestartCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser: start again";
}

[Collection(RestartCollection.Name)]
public sealed class RestartFlowTests(BrowserApp app)
{
    [Fact]
    public async Task A_person_whose_care_ended_asks_to_start_again_in_two_clicks_and_the_leader_takes_it_on_accessible_pages()
    {
        var staff = await ApiAsync("ansatt@demo.skipper.local");
        var personId = (await (await ApiAsync("bruker@demo.skipper.local")).GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("personId").GetGuid();
        (await staff.PostAsJsonAsync($"/api/v1/persons/{personId}/episodes/current/end", new { })).EnsureSuccessStatusCode();

        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await Assertions.Expect(page.GetByText("Vil du starte igjen?")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Be om å starte igjen" }).ClickAsync();
        await page.WaitForURLAsync("**/start-igjen");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Be om å starte igjen" }).ClickAsync();
        await page.WaitForURLAsync("**/start-igjen?sendt=true");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vi har sendt beskjed til avdelingen" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GotoAsync("/hjem");
        await Assertions.Expect(page.GetByText("Forespørsel sendt")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Vil du starte igjen?")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        var leader = await app.SignedInAsync("avdelingsleder@demo.skipper.local");
        await leader.GotoAsync("/avdeling/start-igjen");
        await Assertions.Expect(leader.GetByRole(AriaRole.Cell, new() { Name = "Ola Nordmann", Exact = true })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(leader);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Jeg tar denne: forespørselen fra Ola Nordmann" }).ClickAsync();
        await leader.WaitForURLAsync("**/avdeling/start-igjen?tatt=true");
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("Du har tatt forespørselen");
        await BrowserApp.ShouldBeAccessibleAsync(leader);
        await leader.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "skipper-restart-department.png"), FullPage = true });
        await leader.Context.CloseAsync();
    }

    private async Task<HttpClient> ApiAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BrowserApp.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
