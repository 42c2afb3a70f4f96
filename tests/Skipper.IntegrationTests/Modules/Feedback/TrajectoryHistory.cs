using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.People;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.IntegrationTests.Modules.Feedback;

/// <summary>A municipality of its own with a known history of episodes, written straight to the database.</summary>
internal sealed class TrajectoryHistory(AppFactory app)
{
    public Guid TenantId { get; } = Guid.NewGuid();

    public async Task CreateTenantAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Tenants.Add(new Tenant { Id = TenantId, Name = "Historikk kommune", HostName = $"hist-{TenantId:N}.example", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>One person with one episode and an outcome total per session (session 1 = intake).</summary>
    public async Task<Guid> AddEpisodeAsync(bool ended, params double[] totals)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var person = new Person { TenantId = TenantId, Id = Guid.NewGuid(), DisplayName = "Testperson", CreatedAt = DateTimeOffset.UtcNow };
        var episode = new FeedbackEpisode
        {
            TenantId = TenantId, Id = Guid.NewGuid(), PersonId = person.Id, Number = 1, StartedOn = new DateOnly(2026, 1, 5),
            EndedOn = ended ? new DateOnly(2026, 6, 1) : null, StartedBy = "Per Hansen", SessionCount = totals.Length, OutcomeCount = totals.Length,
            IntakeOutcome = totals.Length > 0 ? totals[0] : null, LatestOutcome = totals.Length > 0 ? totals[^1] : null,
        };
        db.Persons.Add(person);
        db.Add(episode);
        for (var i = 0; i < totals.Length; i++)
        {
            db.Add(Response(episode, i + 1, InstrumentKind.Outcome, "outcome", totals[i]));
            db.Add(Response(episode, i + 1, InstrumentKind.Alliance, "alliance", 39));
        }
        await db.SaveChangesAsync();
        return episode.Id;
    }

    public async Task EndEpisodeAsync(Guid episodeId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var episode = await db.Set<FeedbackEpisode>().IgnoreQueryFilters().SingleAsync(e => e.TenantId == TenantId && e.Id == episodeId);
        episode.EndedOn = new DateOnly(2026, 7, 1);
        await db.SaveChangesAsync();
    }

    public async Task AddOutcomeInstrumentAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new InstrumentVersion
        {
            TenantId = TenantId, Id = Guid.NewGuid(), Code = "outcome", Url = "https://skipper.test/outcome", Version = "1",
            Kind = InstrumentKind.Outcome, Json = "{}", UploadedAt = DateTimeOffset.UtcNow, UploadedBy = "Tor Admin", IsCurrent = true,
        });
        await db.SaveChangesAsync();
    }

    public async Task<List<ExpectedTrajectory>> TrajectoriesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<ExpectedTrajectory>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.TenantId == TenantId).OrderBy(t => t.Version).ToListAsync();
    }

    private FeedbackResponse Response(FeedbackEpisode episode, int session, InstrumentKind kind, string code, double total) => new()
    {
        TenantId = TenantId, Id = Guid.NewGuid(), PersonId = episode.PersonId, EpisodeId = episode.Id, SessionNumber = session,
        InstrumentVersionId = Guid.NewGuid(), InstrumentCode = code, Kind = kind, Date = episode.StartedOn.AddDays(7 * session),
        StoredAt = DateTimeOffset.UtcNow, Via = AnsweredVia.Self, EnteredBy = "Testperson", AnswersJson = "[]", Total = total,
    };
}
