using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Guide.Progress;

/// <summary>The signed-in employee's own progress through the guide: only rows that are theirs, read as counts and dates.</summary>
public sealed class MyProgress(AppDbContext db)
{
    public async Task<ProgressView> ReadAsync(ClaimsPrincipal user)
    {
        var me = user.UserId();
        var rounds = await db.Set<ValuesExerciseRound>().AsNoTracking()
            .Where(r => r.UserId == me).OrderBy(r => r.Number)
            .Select(r => new RoundProgress(r.Number, r.StartedAt, r.CompletedAt)).ToListAsync();
        var chime = await db.Set<ChimeExercise>().AsNoTracking()
            .Where(c => c.UserId == me)
            .Select(c => new ChimeProgress(c.UpdatedAt, c.CompletedAt)).FirstOrDefaultAsync();
        var strategies = await db.Set<StrategyMark>().CountAsync(m => m.UserId == me);
        var sessions = await db.Set<ReflectionSession>().Where(s => s.LoggedBy == me)
            .GroupBy(s => s.LoggedBy).Select(g => new { Count = g.Count(), Last = g.Max(s => s.HeldOn) }).FirstOrDefaultAsync();
        var ethics = db.Set<EthicsReflection>().Where(e => e.CreatedBy == me);
        return new ProgressView(
            rounds,
            chime,
            strategies,
            sessions?.Count ?? 0,
            sessions?.Last,
            await ethics.CountAsync(),
            await ethics.OrderByDescending(e => e.CreatedAt).Select(e => (DateTimeOffset?)e.CreatedAt).FirstOrDefaultAsync());
    }
}
