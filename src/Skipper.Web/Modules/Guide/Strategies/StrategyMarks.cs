using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Strategies;

/// <summary>A strategy as the signed-in employee sees it: the wording in their language and whether they marked it.</summary>
public sealed record StrategyView(string Key, string Resource, string Row, string Text, string Nb, string En, bool Marked)
{
    public static StrategyView From(Strategy strategy, bool marked) => new(
        strategy.Key,
        strategy.Resource.ToString().ToLowerInvariant(),
        strategy.Row.ToString().ToLowerInvariant(),
        strategy.Text,
        strategy.Nb,
        strategy.En,
        marked);
}

/// <summary>The strategies an employee wants to practise. Only the employee reads or changes their own marks.</summary>
public sealed class StrategyMarks(AppDbContext db, TimeProvider clock)
{
    private static readonly StrategyGrid Grid = StrategyGrid.Instance;

    public async Task<IReadOnlySet<string>> MarkedAsync(ClaimsPrincipal user)
    {
        var userId = user.UserId();
        var keys = await db.Set<StrategyMark>().AsNoTracking().Where(m => m.UserId == userId).Select(m => m.StrategyKey).ToListAsync();
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<StrategyView>> AllAsync(ClaimsPrincipal user)
    {
        var marked = await MarkedAsync(user);
        return Grid.All.Select(s => StrategyView.From(s, marked.Contains(s.Key))).ToList();
    }

    public async Task<Outcome<StrategyView>> MarkAsync(ClaimsPrincipal user, string? key)
    {
        if (Grid.Find(key) is not { } strategy || user.UserId() is not { } userId)
        {
            return NotFound;
        }
        if (!await db.Set<StrategyMark>().AnyAsync(m => m.UserId == userId && m.StrategyKey == strategy.Key))
        {
            db.Add(new StrategyMark { UserId = userId, StrategyKey = strategy.Key, MarkedAt = clock.GetUtcNow() });
            // Two clicks at once both try to insert; the second finds the mark there, which is what was asked.
            await db.TrySaveAsync();
        }
        return StrategyView.From(strategy, marked: true);
    }

    public async Task<Outcome<StrategyView>> UnmarkAsync(ClaimsPrincipal user, string? key)
    {
        if (Grid.Find(key) is not { } strategy || user.UserId() is not { } userId)
        {
            return NotFound;
        }
        await db.Set<StrategyMark>().Where(m => m.UserId == userId && m.StrategyKey == strategy.Key).ExecuteDeleteAsync();
        return StrategyView.From(strategy, marked: false);
    }

    private static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Guide.Strategies.Error.NotFound");
}
