using Skipper.Web.Platform;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Demo;

var builder = WebApplication.CreateBuilder(args);

// Tenancy, accounts, the API, errors and layout: what every module stands on.
builder.AddPlatform();

var app = builder.Build();

// A new database is created, migrated and (in demo mode) filled before the first request.
await app.PrepareDatabaseAsync();

app.UsePlatform();
app.MapPlatform();

app.PrintBannerOnStart();
await app.RunAsync();

/// <summary>Entry point; public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
