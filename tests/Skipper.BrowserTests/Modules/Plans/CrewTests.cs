using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Plans;

[Collection(BrowserCollection.Name)]
public sealed class CrewTests(BrowserApp app)
{
    [Fact]
    public async Task The_person_invites_a_relative_to_the_goals_and_the_relative_signs_up_and_sees_only_the_goals()
    {
        var person = await app.SignedInAsync("bruker@demo.skipper.local");
        await person.GotoAsync("/min-plan");
        await person.GetByLabel("Målet med dine ord").FillAsync("Lære å spille gitar");
        await person.GetByRole(AriaRole.Button, new() { Name = "Legg til mål" }).ClickAsync();
        foreach (var step in new[] { "Låne en gitar", "Lære tre grep" })
        {
            var goal = person.Locator(".goal-list > li").Filter(new() { HasText = "Lære å spille gitar" });
            await goal.Locator("summary").ClickAsync();
            await goal.GetByLabel("Et lite steg").FillAsync(step);
            await goal.GetByRole(AriaRole.Button, new() { Name = "Legg til steg" }).ClickAsync();
            await person.WaitForURLAsync("**/min-plan*");
        }
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Mannskapet mitt" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(person);

        await person.GetByRole(AriaRole.Link, new() { Name = "Inviter, endre hvem som ser hva, eller trekk tilbake" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mannskapet mitt");
        await BrowserApp.ShouldBeAccessibleAsync(person);
        var email = $"bror-{Guid.NewGuid():N}@demo.skipper.local";
        await person.GetByLabel("Navn", new() { Exact = true }).FillAsync("Bror Nordmann");
        await person.GetByLabel("E-postadresse").FillAsync(email);
        await person.GetByRole(AriaRole.Group, new() { Name = "Hva skal personen få se?" }).GetByLabel("Målene mine og de små stegene").CheckAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = "Inviter og del" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Lenke til Bror Nordmann" })).ToBeVisibleAsync();
        var link = await person.GetByLabel("Lenke for å lage passord").InputValueAsync();
        var share = person.GetByRole(AriaRole.Group, new() { Name = "Hva kan Bror Nordmann se?" });
        await Assertions.Expect(share.GetByLabel("Målene mine og de små stegene")).ToBeCheckedAsync();
        await Assertions.Expect(share.GetByLabel("Hva som er viktig for meg, og drømmene mine")).Not.ToBeCheckedAsync();
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await person.Context.CloseAsync();

        var relative = await app.NewPageAsync();
        await relative.GotoAsync(new Uri(link).PathAndQuery);
        await relative.GetByLabel("Nytt passord").FillAsync("brors-eget-passord");
        await relative.GetByLabel("Skriv passordet en gang til").FillAsync("brors-eget-passord");
        await relative.GetByRole(AriaRole.Button, new() { Name = "Lagre passordet" }).ClickAsync();
        await Assertions.Expect(relative.GetByRole(AriaRole.Status)).ToContainTextAsync("Passordet er lagret.");
        await relative.GetByLabel("E-post").FillAsync(email);
        await relative.GetByLabel("Passord").FillAsync("brors-eget-passord");
        await relative.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await relative.WaitForURLAsync("**/hjem");

        await relative.GetByRole(AriaRole.Link, new() { Name = "Delt med meg" }).ClickAsync();
        await relative.GetByRole(AriaRole.Link, new() { Name = "Planen til Ola Nordmann" }).ClickAsync();
        var main = relative.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Lære å spille gitar");
        await Assertions.Expect(main).ToContainTextAsync("Lære tre grep");
        await Assertions.Expect(main).Not.ToContainTextAsync("datteren min");
        await Assertions.Expect(main).Not.ToContainTextAsync("Hva er viktig for deg?");
        await BrowserApp.ShouldBeAccessibleAsync(relative);

        await relative.GotoAsync("/hjem");
        await relative.GetByRole(AriaRole.Link, new() { Name = "Å være pårørende" }).ClickAsync();
        await Assertions.Expect(relative.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Å være pårørende");
        await Assertions.Expect(relative.GetByRole(AriaRole.Link, new() { Name = "Se det som er delt med deg" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(relative);
        await relative.Context.CloseAsync();
    }
}
