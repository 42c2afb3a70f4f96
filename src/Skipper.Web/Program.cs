using Skipper.Web.Modules.Plans;
using Skipper.Web.Modules.Feedback;
using Skipper.Web.Modules.Guide;
using Skipper.Web.Modules.Community;
using Skipper.Web.Modules.Implementation;
using Skipper.Web.Modules.Dashboards;
using Skipper.Web.Platform;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Auditing.Verify;
using Skipper.Web.Platform.Demo;

var builder = WebApplication.CreateBuilder(args);

// Tenancy, accounts, the API, errors and layout: what every module stands on.
builder.AddPlatform();
// My plan: the person's recovery plan, read and written with their crew.
builder.Services.AddPlans();
// Feedback each session and INSPIRE: instruments as data, scores, signals and graphs.
builder.Services.AddFeedback();
// The staff guide: its pages, exercises, reflection cards and the recovery contacts' network.
builder.Services.AddGuide();
// Community: offers, the recovery college, stories, the value foundation and "start again".
builder.Services.AddCommunity();
// Recovery work in the departments: goals and their history, self-assessments, user surveys, peer workers.
builder.Services.AddImplementation();
// Leader dashboards: figures per department and section from pre-computed cells, small cells hidden.
builder.Services.AddDashboards();

var app = builder.Build();

// `-- audit verify` checks every municipality's audit chain and exits.
if (AuditCommand.IsAuditVerify(args))
{
    return await AuditCommand.RunAsync(app);
}

// A new database is created, migrated and (in demo mode) filled before the first request.
await app.PrepareDatabaseAsync();

// `-- dashboards refresh` recomputes every municipality's dashboard cells (after a bulk load) and exits.
if (DashboardsModule.IsRefreshCommand(args))
{
    return await DashboardsModule.RunRefreshCommandAsync(app.Services);
}

app.UsePlatform();
app.MapPlatform();
app.MapGroup(Skipper.Web.Platform.Web.ApiPaths.Root).MapPlans();
app.MapGroup(Skipper.Web.Platform.Web.ApiPaths.Root).MapFeedback();
app.MapGroup(Skipper.Web.Platform.Web.ApiPaths.Root).MapGuide();
app.MapGroup(Skipper.Web.Platform.Web.ApiPaths.Root).MapCommunity();
app.MapGroup(Skipper.Web.Platform.Web.ApiPaths.Root).MapImplementation();
app.MapGroup(Skipper.Web.Platform.Web.ApiPaths.Root).MapDashboards();

app.PrintBannerOnStart();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
