using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Plans.Access;

/// <summary>An opened plan: the gate's answer and the parts the user may see.</summary>
public sealed record PlanOpening(GateResult Gate, IReadOnlyList<string> Parts)
{
    public bool IsOpen => Gate.IsOpen;
    public Guid PersonId => Gate.Person!.Id;
    public bool IsSelf => Gate.Via == PersonAccessVia.Self;
    public bool Sees(string part) => Parts.Contains(part);

    public static PlanOpening Closed(GateStatus status) => new(new GateResult(status, null, PersonAccessVia.None), []);
}

/// <summary>
/// The way into a plan. The person and staff go through PersonGate (staff without a relation see 404, not
/// 403, so the plan does not tell who is served); a relative goes through the person's share, part by part.
/// </summary>
public sealed class PlanDoor(AppDbContext db, PersonGate gate, IAuditLog audit)
{
    public const string Resource = "plan";

    /// <summary>The signed-in person's own plan. Their own reads are not logged; writes are, by the caller.</summary>
    public async Task<PlanOpening> OpenOwnAsync(ClaimsPrincipal user, PersonOperation operation)
    {
        var opened = await gate.OpenOwnAsync(user, operation, Resource);
        return opened.IsOpen ? new PlanOpening(opened, PlanParts.All) : PlanOpening.Closed(GateStatus.NotFound);
    }

    /// <summary>Another person's plan; part names one part, or null for everything the user may see.</summary>
    public async Task<PlanOpening> OpenAsync(ClaimsPrincipal user, Guid personId, PersonOperation operation, string? part = null)
    {
        if (user.IsInRole(Roles.Relative) && !Roles.CareStaff.Any(user.IsInRole))
        {
            return await OpenSharedAsync(user, personId, operation, part);
        }
        var resource = part is null ? Resource : $"{Resource}/{part}";
        var opened = await gate.OpenAsync(user, personId, operation, resource);
        return opened.IsOpen ? new PlanOpening(opened, PlanParts.All) : PlanOpening.Closed(GateStatus.NotFound);
    }

    /// <summary>Read fresh on every request, so a withdrawn share gives nothing from the next request on.</summary>
    private async Task<PlanOpening> OpenSharedAsync(ClaimsPrincipal user, Guid personId, PersonOperation operation, string? part)
    {
        var userId = user.UserId();
        var resource = part is null ? Resource : $"{Resource}/{part}";
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId);
        var scopes = person is null
            ? []
            : await db.RelativeShares.AsNoTracking()
                .Where(s => s.PersonId == personId && s.RelativeUserId == userId && s.WithdrawnAt == null)
                .Select(s => s.Scopes).ToListAsync();
        var shared = PlanParts.InScopes(scopes);
        if (person is null || scopes.Count == 0 || operation == PersonOperation.Write)
        {
            await audit.RecordAsync(user, AuditEntry.About(AuditActions.NotFound, $"{resource}/{personId}"));
            return PlanOpening.Closed(GateStatus.NotFound);
        }
        if (part is not null ? !shared.Contains(part) : shared.Count == 0)
        {
            await audit.RecordAsync(user, AuditEntry.About(AuditActions.Denied, resource, person.Id));
            return PlanOpening.Closed(GateStatus.Forbidden);
        }
        await audit.RecordAsync(user, AuditEntry.About(AuditActions.Read, resource, person.Id));
        return new PlanOpening(new GateResult(GateStatus.Open, person, PersonAccessVia.Relative), part is null ? shared : [part]);
    }
}
