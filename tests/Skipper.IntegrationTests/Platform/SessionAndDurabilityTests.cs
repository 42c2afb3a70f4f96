using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Skipper.Web.Platform.Data;

namespace Skipper.IntegrationTests.Platform;

public sealed class SessionAndDurabilityTests
{
    [Fact]
    public async Task Staff_are_signed_out_after_30_idle_minutes_and_a_person_is_not()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new AppFactory("Sqlite", services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var staff = await app.BrowserAs(Clients.Demo("ansatt"));
        var person = await app.BrowserAs(Clients.Demo("bruker"));

        clock.Advance(TimeSpan.FromMinutes(20));
        (await staff.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(31));

        (await staff.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await person.GetAsync("/hjem")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_full_sync()
    {
        using var app = new AppFactory("Sqlite");
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var journal = (string?)await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = (long)(await command.ExecuteScalarAsync())!;

        journal.ShouldBe("wal");
        synchronous.ShouldBe(2L);
    }
}

public sealed class BearerAccountCheckTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_token_stops_working_when_the_account_is_deactivated(string provider)
    {
        using var app = new AppFactory(provider, settings: new Dictionary<string, string?> { ["Skipper:AccountCheckSeconds"] = "0" });
        var api = await app.ApiAs(Clients.Demo("erfaringsmedarbeider"));
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Skipper.Web.Platform.Identity.AppUser>>();
            var user = (await users.FindByEmailAsync(Clients.Demo("erfaringsmedarbeider")))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }

        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
