using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Guide;

[Collection(BrowserCollection.Name)]
public sealed class GuidePagesTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_open_the_guide_and_read_the_comparison_table_on_accessible_pages()
    {
        var page = await app.SignedInAsync("ansatt@demo.skipper.local");
        await page.GotoAsync("/veileder");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Veilederen for recoveryorientert praksis");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Fra tradisjonell til recoveryorientert praksis" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/les/fra-tradisjonell-til-recovery");

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Sammenligning: tradisjonell og recoveryorientert praksis" });
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Tradisjonell praksis", "Recoveryorientert praksis"]);
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Kontroll Valg", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nasjonale føringer" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/les/nasjonale-foringer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nasjonale føringer");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_administrator_edits_a_page_and_sees_the_preview_on_an_accessible_form()
    {
        var page = await app.SignedInAsync("admin@demo.skipper.local");
        await page.GotoAsync("/veileder/les/roller");
        await page.GetByRole(AriaRole.Link, new() { Name = "Endre siden" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/les/roller/rediger");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("Tittel").FillAsync("Hvem gjør hva");
        await page.GetByLabel("Tekst (Markdown)").FillAsync("## Ledere\n\nLedere gir tid til refleksjon.<img src=x onerror=alert(1)>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre siden" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/les/roller/rediger?lagret=true#preview");

        var preview = page.Locator("#preview");
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Ledere" })).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator("img")).ToHaveCountAsync(0);
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
