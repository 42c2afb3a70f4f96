using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Guide;

[Collection(BrowserCollection.Name)]
public sealed class MyExercisesTests(BrowserApp app)
{
    private static readonly string[] Ten = ["Respekt", "Humor", "Åpenhet", "Mot", "Tillit", "Trygghet", "Ærlighet", "Likeverd", "Vennskap", "Kunnskap"];
    private static readonly string[] Five = ["Likeverd", "Mot", "Respekt", "Tillit", "Åpenhet"];

    [Fact]
    public async Task An_employee_narrows_ten_values_to_five_answers_the_questions_and_compares_rounds_on_accessible_pages()
    {
        var page = await app.SignedInAsync("ansatt@demo.skipper.local");
        await page.GotoAsync("/veileder/verdier");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        var list = page.GetByRole(AriaRole.Group, new() { Name = "Verdier fra kommunens liste (velg høyst 10)" });
        foreach (var value in Ten)
        {
            await list.GetByLabel(value, new() { Exact = true }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre valgene" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/verdier#keep");

        var keep = page.GetByRole(AriaRole.Group, new() { Name = "Hvilke verdier beholder du? (høyst 5)" });
        await Assertions.Expect(keep.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(10);
        foreach (var value in Five)
        {
            await keep.GetByLabel(value, new() { Exact = true }).CheckAsync();
        }
        await page.GetByLabel("Svarene mine").FillAsync("Jeg vil gi mer plass til personens egne ord.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/verdier?lagret=true#kept");

        await Assertions.Expect(page.Locator("#kept + .value-chips li")).ToHaveTextAsync(Five);
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start en ny runde" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/verdier?ny=true#choose");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Runde 2 er startet. Den forrige runden er tatt vare på.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Verdier fra kommunens liste (velg høyst 10)" }).GetByLabel("Respekt", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre valgene" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/verdier#keep");
        await page.GetByRole(AriaRole.Group, new() { Name = "Hvilke verdier beholder du? (høyst 5)" }).GetByLabel("Respekt", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/verdier?lagret=true#kept");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sammenlign rundene" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/verdier/sammenlign");
        await Assertions.Expect(page.Locator(".kept-both")).ToHaveCountAsync(2);
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GotoAsync("/veileder/fremgang");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Fullført, runder: 2" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_employee_writes_what_chime_means_to_them_on_an_accessible_printable_page()
    {
        var page = await app.SignedInAsync("erfaringsmedarbeider@demo.skipper.local");
        await page.GotoAsync("/veileder/chime");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("En samtale med kolleger").CheckAsync();
        await page.GetByLabel("Hva betyr tilhørighet for meg?").FillAsync("Å høre til i et team som lytter.");
        await page.GetByLabel("Hva betyr håp for meg?").FillAsync("Å se at ting kan snu.");
        await page.GetByLabel("Hva betyr identitet for meg?").FillAsync("Mer enn rollen min.");
        await page.GetByLabel("Hva betyr mening for meg?").FillAsync("Å gjøre en forskjell.");
        await page.GetByLabel("Hva betyr empowerment for meg?").FillAsync("Å la den andre styre.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/chime?lagret=true");

        await Assertions.Expect(page.GetByLabel("Hva betyr håp for meg?")).ToHaveValueAsync("Å se at ting kan snu.");
        await Assertions.Expect(page.GetByLabel("En samtale med kolleger")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByLabel("Hva betyr håp for meg?")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".print-only", new() { HasText = "Å se at ting kan snu." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }
}
