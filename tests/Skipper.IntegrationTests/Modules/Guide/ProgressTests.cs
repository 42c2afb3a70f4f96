using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Guide;

public sealed partial class ProgressTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Progress_shows_my_exercises_with_dates_and_counts_only_my_own_rows(string provider)
    {
        using var app = new AppFactory(provider);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));
        var colleague = await app.ApiAs(Clients.Demo("erfaringsmedarbeider"));
        var empty = await (await staff.GetAsync("/api/v1/guide/progress")).JsonAsync();
        (await staff.PutAsJsonAsync("/api/v1/guide/exercises/values", new { chosen = new[] { "Respekt" }, kept = new[] { "Respekt" }, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.PostAsync("/api/v1/guide/exercises/values/rounds", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.PutAsJsonAsync("/api/v1/guide/exercises/chime", new { hope = "Håp", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await colleague.PutAsJsonAsync("/api/v1/guide/exercises/values", new { chosen = new[] { "Mot" }, kept = new[] { "Mot" }, version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var heldOn = await AddOtherWorkAsync(app, Clients.Demo("ansatt"));

        var progress = await (await staff.GetAsync("/api/v1/guide/progress")).JsonAsync();
        var page = await (await app.BrowserAs(Clients.Demo("ansatt"))).GetStringAsync("/veileder/fremgang");

        empty.GetProperty("valuesRounds").GetArrayLength().ShouldBe(0);
        empty.GetProperty("strategiesMarked").GetInt32().ShouldBe(0);
        var rounds = progress.GetProperty("valuesRounds").EnumerateArray().ToList();
        rounds.Count.ShouldBe(2);
        rounds[0].GetProperty("completedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        rounds[1].GetProperty("completedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        progress.GetProperty("chime").GetProperty("completedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        progress.GetProperty("strategiesMarked").GetInt32().ShouldBe(2);
        progress.GetProperty("reflectionSessionsLogged").GetInt32().ShouldBe(2);
        progress.GetProperty("latestReflectionSession").GetString().ShouldBe(heldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        progress.GetProperty("ethicsReflectionsWritten").GetInt32().ShouldBe(1);
        RoundDone().IsMatch(page).ShouldBeTrue("the page names the date round 1 was done");
        page.ShouldContain("Runde 2: startet ");
        page.ShouldContain("Påbegynt");
        page.ShouldContain("2 markert");
        page.ShouldContain("2 logget");
        page.ShouldContain(heldOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        page.ShouldContain("1 skrevet");
        page.ShouldContain("href=\"/veileder/kort\"");
        (await (await colleague.GetAsync("/api/v1/guide/progress")).JsonAsync()).GetProperty("valuesRounds").GetArrayLength().ShouldBe(1);
        (await (await colleague.GetAsync("/api/v1/guide/progress")).JsonAsync()).GetProperty("reflectionSessionsLogged").GetInt32().ShouldBe(0);
    }

    /// <summary>Strategy marks, logged sessions and an ethical reflection, as the other guide pages would store them.</summary>
    private static async Task<DateOnly> AddOtherWorkAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var me = await db.Users.SingleAsync(u => u.Email == email);
        var department = me.DepartmentId
            ?? await db.Set<Department>().IgnoreQueryFilters().Where(d => d.TenantId == me.TenantId).Select(d => d.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var card = new ReflectionCard { TenantId = me.TenantId, Id = Guid.NewGuid(), Number = 9001, Text = "Et kort", CreatedAt = now, UpdatedAt = now };
        var heldOn = new DateOnly(2026, 3, 14);
        db.AddRange(
            new StrategyMark { TenantId = me.TenantId, UserId = me.Id, StrategyKey = "lytt", MarkedAt = now },
            new StrategyMark { TenantId = me.TenantId, UserId = me.Id, StrategyKey = "spor", MarkedAt = now },
            card,
            new ReflectionSession { TenantId = me.TenantId, Id = Guid.NewGuid(), DepartmentId = department, CardId = card.Id, HeldOn = heldOn.AddDays(-30), Participants = 6, LoggedBy = me.Id, LoggedAt = now },
            new ReflectionSession { TenantId = me.TenantId, Id = Guid.NewGuid(), DepartmentId = department, CardId = card.Id, HeldOn = heldOn, Participants = 4, LoggedBy = me.Id, LoggedAt = now },
            new ReflectionSession { TenantId = me.TenantId, Id = Guid.NewGuid(), DepartmentId = department, CardId = card.Id, HeldOn = heldOn, Participants = 4, LoggedBy = Guid.NewGuid(), LoggedAt = now },
            new EthicsReflection { TenantId = me.TenantId, Id = Guid.NewGuid(), DepartmentId = department, Title = "Et dilemma", CreatedBy = me.Id, CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync();
        return heldOn;
    }

    [GeneratedRegex(@"Runde 1: fullført \d{2}\.\d{2}\.\d{4}")]
    private static partial Regex RoundDone();
}
