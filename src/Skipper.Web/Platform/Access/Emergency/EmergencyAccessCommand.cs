using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Access.Emergency;

public enum EmergencyOutcome
{
    Granted,
    PersonNotFound,
    ReasonMissing,
    ReasonTooLong,
    AlreadyHasAccess,
}

/// <summary>Opens a person for a staff member without a care relation, for four hours, after a written reason.</summary>
public sealed class EmergencyAccessCommand(AppDbContext db, PersonAccessRules rules, IAuditLog audit, TimeProvider clock)
{
    public const int MinReason = 10;
    public const int MaxReason = 1000;

    public async Task<(EmergencyOutcome Outcome, DateTimeOffset? ExpiresAt)> GrantAsync(ClaimsPrincipal user, Guid personId, string? reason)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId);
        if (person is null)
        {
            await audit.RecordAsync(user, AuditEntry.About(AuditActions.NotFound, $"emergency-access/{personId}"));
            return (EmergencyOutcome.PersonNotFound, null);
        }
        var why = reason?.Trim() ?? "";
        if (why.Length < MinReason)
        {
            return (EmergencyOutcome.ReasonMissing, null);
        }
        if (why.Length > MaxReason)
        {
            return (EmergencyOutcome.ReasonTooLong, null);
        }
        if (await rules.ViaAsync(user, person) != PersonAccessVia.None)
        {
            return (EmergencyOutcome.AlreadyHasAccess, null);
        }
        var now = clock.GetUtcNow();
        var access = new EmergencyAccess
        {
            Id = Guid.NewGuid(),
            PersonId = person.Id,
            StaffUserId = user.UserId()!.Value,
            Reason = why,
            GrantedAt = now,
            ExpiresAt = now + EmergencyAccess.Duration,
        };
        // The event is durable before the access exists: no emergency access goes unlogged.
        await audit.RecordAsync(user, AuditEntry.About(AuditActions.EmergencyAccess, "person", person.Id, why, emergency: true));
        db.EmergencyAccesses.Add(access);
        await db.SaveChangesAsync();
        return (EmergencyOutcome.Granted, access.ExpiresAt);
    }

    public static string MessageKey(EmergencyOutcome outcome) => "Emergency.Error." + outcome;
}
