using Microsoft.Playwright;

namespace Skipper.BrowserTests.Platform;

[Collection(BrowserCollection.Name)]
public sealed class CareRelationFlowTests(BrowserApp app)
{
    [Fact]
    public async Task The_leader_starts_a_relation_the_staff_member_opens_the_person_and_the_person_sees_it()
    {
        var leader = await app.SignedInAsync("avdelingsleder@demo.skipper.local");
        await leader.GotoAsync("/avdeling");
        await BrowserApp.ShouldBeAccessibleAsync(leader);
        await leader.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ola Nordmann" });
        await leader.GetByLabel("Ansatt", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Anne Larsen" });
        await leader.GetByRole(AriaRole.Button, new() { Name = "Start behandlingsforhold" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToHaveTextAsync("Behandlingsforholdet er startet.");
        await Assertions.Expect(leader.Locator("table")).ToContainTextAsync("Anne Larsen");
        await leader.Context.CloseAsync();

        var contact = await app.SignedInAsync("recoverykontakt@demo.skipper.local");
        await contact.GotoAsync("/mine-brukere");
        await BrowserApp.ShouldBeAccessibleAsync(contact);
        await contact.GetByRole(AriaRole.Link, new() { Name = "Ola Nordmann" }).ClickAsync();
        await Assertions.Expect(contact.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ola Nordmann");
        await BrowserApp.ShouldBeAccessibleAsync(contact);
        await contact.Context.CloseAsync();

        var person = await app.SignedInAsync("bruker@demo.skipper.local");
        await person.GotoAsync("/mine-data");
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hvem har sett mine data?");
        await Assertions.Expect(person.Locator("table")).ToContainTextAsync("Anne Larsen");
        await Assertions.Expect(person.Locator("table")).ToContainTextAsync("Recoverykontakt");
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await person.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_without_a_relation_can_open_a_person_with_emergency_access_and_a_reason()
    {
        var person = await app.SignedInAsync("bruker@nabo.skipper.local");
        var personId = await PersonIdAsync(person);
        await person.Context.CloseAsync();

        var contact = await app.SignedInAsync("recoverykontakt@nabo.skipper.local");
        await contact.GotoAsync($"/personer/{personId}");
        await Assertions.Expect(contact.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har ikke tilgang til denne personen");
        await BrowserApp.ShouldBeAccessibleAsync(contact);
        await contact.GetByRole(AriaRole.Link, new() { Name = "Be om nødtilgang" }).ClickAsync();
        await contact.GetByRole(AriaRole.Button, new() { Name = "Åpne med nødtilgang" }).ClickAsync();
        await Assertions.Expect(contact.GetByRole(AriaRole.Alert)).ToContainTextAsync("minst 10 tegn");
        await BrowserApp.ShouldBeAccessibleAsync(contact);
        await contact.GetByLabel("Hvorfor trenger du tilgang nå?").FillAsync("Legevakten ber om kontaktperson nå");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Åpne med nødtilgang" }).ClickAsync();

        await Assertions.Expect(contact.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nina Strand");
        await Assertions.Expect(contact.Locator(".alert")).ToContainTextAsync("nødtilgang");
        await contact.Context.CloseAsync();
    }

    private static async Task<string> PersonIdAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/me");
        var json = await response.JsonAsync();
        return json!.Value.GetProperty("personId").GetString()!;
    }
}
