using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Auditing.AccessLog;

public sealed record AccessLogEntry(DateTimeOffset OccurredAt, string ActorName, string ActorRole, string Action, string Resource, string? Reason, bool Emergency);

/// <summary>"Hvem har sett mine data?": every event that names the person, by anyone but the person.</summary>
public sealed class AccessLogQuery(AppDbContext db)
{
    private const int Shown = 500;

    /// <summary>The newest events first; the page shows the newest 500, the export asks for all (limit null).</summary>
    public async Task<IReadOnlyList<AccessLogEntry>?> ForPersonAsync(ClaimsPrincipal user, int? limit = Shown)
    {
        var userId = user.UserId();
        var personId = await db.Persons.AsNoTracking().Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (personId is null)
        {
            return null;
        }
        var events = db.AuditSubjects.AsNoTracking()
            .Where(s => s.PersonId == personId)
            .Join(db.AuditEvents, s => new { s.TenantId, s.Sequence }, e => new { e.TenantId, e.Sequence }, (_, e) => e)
            .Where(e => e.ActorUserId != userId)
            .OrderByDescending(e => e.Sequence);
        return await (limit is { } take ? events.Take(take) : events)
            .Select(e => new AccessLogEntry(e.OccurredAt, e.ActorName, e.ActorRole, e.Action, e.Resource, e.Reason, e.Emergency))
            .ToListAsync();
    }
}
