using Microsoft.Playwright;

namespace Skipper.BrowserTests.Platform;

[Collection(BrowserCollection.Name)]
public sealed class RoleHomeTests(BrowserApp app)
{
    [Theory]
    [InlineData("bruker", "Ola Nordmann", "Person i bedring")]
    [InlineData("parorende", "Kari Nordmann", "Pårørende")]
    [InlineData("ansatt", "Per Hansen", "Ansatt")]
    [InlineData("erfaringsmedarbeider", "Siri Olsen", "Erfaringsmedarbeider")]
    [InlineData("recoverykontakt", "Anne Larsen", "Recoverykontakt")]
    [InlineData("avdelingsleder", "Jon Berg", "Avdelingsleder")]
    [InlineData("seksjonsleder", "Lise Dahl", "Seksjonsleder")]
    [InlineData("admin", "Tor Admin", "Administrator")]
    [InlineData("tilbyder", "Mental Helse Demo", "Tilbyder")]
    public async Task Each_demo_role_signs_in_and_lands_on_its_accessible_home_page(string role, string name, string roleName)
    {
        var page = await app.SignedInAsync($"{role}@demo.skipper.local");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hei, {name}");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(roleName);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Demo kommune");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/logg-inn")]
    [InlineData("/logg-ut")]
    [InlineData("/tilgjengelighet")]
    [InlineData("/finnes-ikke")]
    public async Task Public_pages_have_no_serious_accessibility_violations(string path)
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync(path);

        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_message_on_the_sign_in_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/logg-inn");

        await page.GetByLabel("E-post").FillAsync("ansatt@demo.skipper.local");
        await page.GetByLabel("Passord").FillAsync("feil-passord-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Feil e-post eller passord.");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_person_can_leave_quickly_and_sign_out()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gå ut raskt" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Du er logget ut.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
