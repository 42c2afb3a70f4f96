using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Restart.DepartmentList;

/// <summary>{ version: the request's version as read }.</summary>
public sealed record TakeRestartRequest(int? Version);

/// <summary>Someone who may see who asked takes the request on: the person then sees that it was received.</summary>
public sealed class TakeRestart(AppDbContext db, DepartmentRestartQuery query, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<RestartRow>> TakeAsync(ClaimsPrincipal user, Guid departmentId, Guid requestId, TakeRestartRequest? take)
    {
        var (department, refusal) = await query.OpenAsync(user, departmentId);
        if (department is null)
        {
            return refusal!;
        }
        var request = await db.Set<RestartRequest>().FirstOrDefaultAsync(r => r.Id == requestId && r.DepartmentId == departmentId);
        if (request is null)
        {
            return Refusal.Of(RefusalKind.NotFound, "Community.Restart.Error.RequestNotFound");
        }
        var errors = new List<FieldError>();
        InputRules.Version(errors, take?.Version);
        if (errors.Count > 0)
        {
            return InputRules.Invalid(errors);
        }
        if (!(await query.KnownAsync(user, [request.PersonId])).Contains(request.PersonId))
        {
            return Refusal.Of(RefusalKind.Forbidden, "Community.Restart.Error.NotYours");
        }
        if (request.HandledAt is not null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Restart.Error.Taken");
        }
        if (request.Version != take!.Version)
        {
            return InputRules.Conflict;
        }
        var now = clock.GetUtcNow();
        request.HandledByUserId = user.UserId();
        request.HandledBy = user.DisplayNameOf();
        request.HandledAt = now;
        request.Version++;
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await audit.RecordAsync(user, AuditEntry.About(AuditActions.Change, $"{RestartRules.Resource}/{request.Id}", request.PersonId));
        var name = await db.Persons.AsNoTracking().Where(p => p.Id == request.PersonId).Select(p => p.DisplayName).FirstAsync();
        return DepartmentRestartQuery.Row(request, name, RestartRules.DayInNorway(now));
    }
}
