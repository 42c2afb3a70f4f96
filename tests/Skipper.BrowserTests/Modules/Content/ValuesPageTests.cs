using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Content;

[Collection(BrowserCollection.Name)]
public sealed class ValuesPageTests(BrowserApp app)
{
    [Fact]
    public async Task The_administrator_adds_renames_and_retires_a_value_on_accessible_pages()
    {
        var page = await app.SignedInAsync("admin@demo.skipper.local");
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verdilisten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Verdilisten");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Å være et forbilde" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("Navn på verdien").FillAsync("Håp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til verdi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Listen har allerede en verdi med dette navnet.");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        var name = $"Tilhørighet {Guid.NewGuid():N}"[..24];
        await page.GetByLabel("Navn på verdien").FillAsync(name);
        await page.GetByLabel("Plass i listen").FillAsync("-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til verdi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Verdien {name} er lagt til.");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader).First).ToHaveTextAsync(name);
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Endre – {name}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Endre verdien {name}");
        await page.GetByLabel("Navn på verdien").FillAsync(name + " og fellesskap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Verdien {name} og fellesskap er lagret.");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbake til verdilisten" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Ta ut – {name} og fellesskap" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Verdien {name} og fellesskap er tatt ut av listen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = name })).ToContainTextAsync("Tatt ut");
        await page.Context.CloseAsync();
    }
}
