using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Skipper.BrowserTests;

/// <summary>
/// Skipper on a real port (SQLite, demo data) and Debian's chromium driven by Playwright. Shared by the
/// browser tests; each test opens its own context so cookies never leak between tests.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string Password = "skipper-demo-2026";
    private readonly string folder = Directory.CreateTempSubdirectory("skipper-browser-").FullName;
    private Factory? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(30_000);
        factory = new Factory(Path.Combine(folder, "skipper.db"));
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nb-NO" });
        // Generous limits: a shared 2-core machine under load is slow, and a slow page is not a failure here.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/logg-inn");
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Passord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await page.WaitForURLAsync("**/hjem");
        return page;
    }

    /// <summary>Runs axe-core on the page and fails on any serious or critical violation, naming them.</summary>
    public static async Task ShouldBeAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var severe = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        severe.ShouldBeEmpty($"axe-core on {page.Url}");
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        factory?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Only a leftover temp folder.
        }
    }

    private sealed class Factory(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Skipper:DemoMode", "true");
            builder.UseSetting("SKIPPER_DEMO_PASSWORD", Password);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Skipper", $"Data Source={database}");
            builder.UseSetting("Skipper:SignInLimits:PerAddressPerMinute", "100000");
            builder.UseSetting("Skipper:SignInLimits:PerAccountPerMinute", "100000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
