using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access.CareRelations;

public enum CareOutcome
{
    Done,
    DepartmentNotFound,
    Forbidden,
    PersonNotFound,
    StaffNotFound,
    NotCareStaff,
    AlreadyActive,
    RelationNotFound,
    AlreadyEnded,
    EndBeforeStart,
}

public sealed record StartCareRelation(Guid PersonId, Guid StaffUserId, bool IsCoordinator, DateTimeOffset? StartsAt);

/// <summary>Starts and ends care relations in a department. Each change is in the audit trail, naming the person.</summary>
public sealed class CareRelationCommands(AppDbContext db, IAuthorizationService authorization, IAuditLog audit, TimeProvider clock)
{
    public async Task<(CareOutcome Outcome, Department? Department)> DepartmentAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId);
        if (department is null)
        {
            return (CareOutcome.DepartmentNotFound, null);
        }
        var allowed = await authorization.AuthorizeAsync(user, department, ManageCareRelationsRequirement.Instance);
        return allowed.Succeeded ? (CareOutcome.Done, department) : (CareOutcome.Forbidden, null);
    }

    public async Task<(CareOutcome Outcome, CareRelation? Relation)> StartAsync(ClaimsPrincipal user, Guid departmentId, StartCareRelation request)
    {
        var (outcome, department) = await DepartmentAsync(user, departmentId);
        if (department is null)
        {
            return (outcome, null);
        }
        if (!await db.Persons.AnyAsync(p => p.Id == request.PersonId))
        {
            return (CareOutcome.PersonNotFound, null);
        }
        var staff = await db.Users.FirstOrDefaultAsync(u => u.Id == request.StaffUserId && u.TenantId == department.TenantId && u.IsActive);
        if (staff is null)
        {
            return (CareOutcome.StaffNotFound, null);
        }
        var staffRoles = await db.UserRoles.Where(ur => ur.UserId == staff.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        if (!staffRoles.Any(r => r is not null && Roles.CareStaff.Contains(r)))
        {
            return (CareOutcome.NotCareStaff, null);
        }
        var now = clock.GetUtcNow();
        var active = await db.CareRelations.Where(r => r.PersonId == request.PersonId && (r.EndsAt == null || r.EndsAt > now)).ToListAsync();
        if (active.Any(r => r.StaffUserId == staff.Id))
        {
            return (CareOutcome.AlreadyActive, null);
        }
        if (request.IsCoordinator)
        {
            // One coordinator per person: the new one takes over.
            active.ForEach(r => r.IsCoordinator = false);
        }
        var relation = new CareRelation
        {
            Id = Guid.NewGuid(),
            PersonId = request.PersonId,
            StaffUserId = staff.Id,
            DepartmentId = department.Id,
            IsCoordinator = request.IsCoordinator,
            StartsAt = request.StartsAt ?? now,
            StartedBy = user.UserId()!.Value,
        };
        await audit.RecordAsync(user, AuditEntry.About(AuditActions.CareRelationStarted, $"care-relation/{relation.Id}", relation.PersonId));
        db.CareRelations.Add(relation);
        await db.SaveChangesAsync();
        return (CareOutcome.Done, relation);
    }

    public async Task<CareOutcome> EndAsync(ClaimsPrincipal user, Guid departmentId, Guid relationId, DateTimeOffset? endsAt)
    {
        var (outcome, department) = await DepartmentAsync(user, departmentId);
        if (department is null)
        {
            return outcome;
        }
        var relation = await db.CareRelations.FirstOrDefaultAsync(r => r.Id == relationId && r.DepartmentId == department.Id);
        var now = clock.GetUtcNow();
        if (relation is null)
        {
            return CareOutcome.RelationNotFound;
        }
        if (relation.EndsAt is { } ended && ended <= now)
        {
            return CareOutcome.AlreadyEnded;
        }
        var end = endsAt ?? now;
        if (end < relation.StartsAt)
        {
            return CareOutcome.EndBeforeStart;
        }
        relation.EndsAt = end;
        relation.EndedBy = user.UserId();
        await audit.RecordAsync(user, AuditEntry.About(AuditActions.CareRelationEnded, $"care-relation/{relation.Id}", relation.PersonId));
        await db.SaveChangesAsync();
        return CareOutcome.Done;
    }

    public static string MessageKey(CareOutcome outcome) => "Care.Error." + outcome;

    public static int StatusOf(CareOutcome outcome) => outcome switch
    {
        CareOutcome.Forbidden => StatusCodes.Status403Forbidden,
        CareOutcome.DepartmentNotFound or CareOutcome.PersonNotFound or CareOutcome.StaffNotFound or CareOutcome.RelationNotFound => StatusCodes.Status404NotFound,
        CareOutcome.AlreadyActive or CareOutcome.AlreadyEnded => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
