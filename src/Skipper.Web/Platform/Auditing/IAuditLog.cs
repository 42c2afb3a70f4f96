using System.Security.Claims;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Auditing;

/// <summary>What happened, to which persons' data. The actor and tenant come from the signed-in user.</summary>
public sealed record AuditEntry(string Action, string Resource, IReadOnlyList<Guid> Persons, string? Reason = null, bool Emergency = false)
{
    public static AuditEntry About(string action, string resource, Guid? person = null, string? reason = null, bool emergency = false) =>
        new(action, resource, person is { } id ? [id] : [], reason, emergency);
}

/// <summary>The audit trail's one door. When RecordAsync returns, the event is committed to the database.</summary>
public interface IAuditLog
{
    Task RecordAsync(ClaimsPrincipal actor, AuditEntry entry, CancellationToken cancellationToken = default);
}

internal sealed class AuditLog(AuditWriter writer, TimeProvider clock) : IAuditLog
{
    public Task RecordAsync(ClaimsPrincipal actor, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var tenant = actor.TenantId() ?? throw new InvalidOperationException("Only a signed-in user can be audited.");
        var draft = new AuditEvent
        {
            TenantId = tenant,
            Id = Guid.NewGuid(),
            OccurredAt = AuditChain.Truncate(clock.GetUtcNow()),
            ActorUserId = actor.UserId(),
            ActorName = actor.DisplayNameOf(),
            ActorRole = actor.PrimaryRole(),
            Action = entry.Action,
            PersonId = entry.Persons.Count == 1 ? entry.Persons[0] : null,
            Subjects = string.Join(' ', entry.Persons.Distinct().Select(p => p.ToString("N"))),
            Resource = entry.Resource,
            Reason = entry.Reason,
            Emergency = entry.Emergency,
            PreviousHash = "",
            Hash = "",
        };
        return writer.AppendAsync(draft, cancellationToken);
    }
}
