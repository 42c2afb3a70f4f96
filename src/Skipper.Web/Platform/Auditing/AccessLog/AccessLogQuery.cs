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

    public async Task<IReadOnlyList<AccessLogEntry>?> ForPersonAsync(ClaimsPrincipal user)
    {
        var userId = user.UserId();
        var personId = await db.Persons.AsNoTracking().Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (personId is null)
        {
            return null;
        }
        return await db.AuditSubjects.AsNoTracking()
            .Where(s => s.PersonId == personId)
            .Join(db.AuditEvents, s => new { s.TenantId, s.Sequence }, e => new { e.TenantId, e.Sequence }, (_, e) => e)
            .Where(e => e.ActorUserId != userId)
            .OrderByDescending(e => e.Sequence)
            .Take(Shown)
            .Select(e => new AccessLogEntry(e.OccurredAt, e.ActorName, e.ActorRole, e.Action, e.Resource, e.Reason, e.Emergency))
            .ToListAsync();
    }
}
