using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Community;

[Collection(BrowserCollection.Name)]
public sealed class StoriesAndFoundationTests(BrowserApp app)
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task A_person_sends_a_story_a_recovery_contact_publishes_it_and_anyone_reads_it()
    {
        var title = "Hagen som fikk meg ut " + Guid.NewGuid().ToString("N")[..6];
        var person = await app.SignedInAsync("bruker@demo.skipper.local");
        await person.SetViewportSizeAsync(375, 800);
        await person.GotoAsync("/historier/ny");
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await ShotAsync(person, "historier-ny");
        await person.GetByLabel("Tittel").FillAsync(title);
        await person.GetByLabel("Eksempel på god praksis").CheckAsync();
        await person.GetByLabel("Historien din").FillAsync("Jeg fikk en parsell i kolonihagen.\n\nNå har jeg noe å gå til hver dag.");
        await person.GetByRole(AriaRole.Button, new() { Name = "Send historien" }).ClickAsync();
        await Assertions.Expect(person.Locator("#consent-error")).ToContainTextAsync("krysse av for samtykke");
        await Assertions.Expect(person.GetByLabel("Historien din")).ToHaveValueAsync("Jeg fikk en parsell i kolonihagen.\n\nNå har jeg noe å gå til hver dag.");
        await person.GetByLabel("Jeg samtykker i at historien kan publiseres").CheckAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = "Send historien" }).ClickAsync();
        await person.WaitForURLAsync("**/historier/mine?sendt=true");
        await Assertions.Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("Historien er sendt");
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await person.Context.CloseAsync();

        var contact = await app.SignedInAsync("recoverykontakt@demo.skipper.local");
        await contact.GotoAsync("/historier/vurdering");
        await BrowserApp.ShouldBeAccessibleAsync(contact);
        var item = contact.GetByRole(AriaRole.Article, new() { Name = title });
        await Assertions.Expect(item).ToContainTextAsync("Eksempel på god praksis");
        await Assertions.Expect(contact.Locator("main")).Not.ToContainTextAsync("Ola Nordmann");
        await item.GetByLabel("Melding til forfatteren (valgfritt)").FillAsync("Fin historie, takk!");
        await item.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Publiser") }).ClickAsync();
        await contact.WaitForURLAsync("**/historier/vurdering?gjort=publisert");
        await contact.Context.CloseAsync();

        var reader = await app.NewPageAsync();
        await reader.SetViewportSizeAsync(375, 800);
        await reader.GotoAsync("/historier");
        await BrowserApp.ShouldBeAccessibleAsync(reader);
        await ShotAsync(reader, "historier");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(reader.Locator("article")).ToContainTextAsync("Nå har jeg noe å gå til hver dag.");
        await Assertions.Expect(reader.Locator("article")).ToContainTextAsync("Skrevet av en person i bedring");
        await BrowserApp.ShouldBeAccessibleAsync(reader);
        await ShotAsync(reader, "historie");
        await reader.Context.CloseAsync();
    }

    [Fact]
    public async Task The_value_foundation_and_how_to_ask_for_help_are_accessible_on_a_phone()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Verdigrunnlag" }).ClickAsync();
        await page.WaitForURLAsync("**/verdigrunnlag");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Å være pårørende" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Brukerforeningen Fyrlykta");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await ShotAsync(page, "verdigrunnlag");

        await page.GetByLabel("Navnet på organisasjonen").FillAsync("Sjakklubben Løperen");
        await page.GetByLabel("E-post").FillAsync("ikke-en-adresse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send forespørselen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#email-error")).ToContainTextAsync("gyldig e-postadresse");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByLabel("E-post").FillAsync("styret@loperen.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send forespørselen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/verdigrunnlag\\?sendt=true#join$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Forespørselen er sendt");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).Not.ToContainTextAsync("Sjakklubben Løperen");

        await page.GotoAsync("/hjelp");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "116 123" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Finn tilbud og aktiviteter der du bor" })).ToHaveAttributeAsync("href", "/tilbud");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await ShotAsync(page, "hjelp");
        await page.Context.CloseAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-375.png"), FullPage = true });
    }
}
