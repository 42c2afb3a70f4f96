using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Modules.Guide.Summary;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Sessions;

/// <summary>Logged reflection slots, newest first, for those who read a department's counts.</summary>
public sealed class SessionsQuery(AppDbContext db, DepartmentAccess access)
{
    /// <summary>At most this many in one answer; narrow the dates for older ones.</summary>
    public const int Limit = 500;

    /// <summary>
    /// One department's sessions (a section leader's choice, otherwise the user's own); a section leader who names
    /// none sees every department's.
    /// </summary>
    public async Task<Outcome<List<SessionView>>> ListAsync(ClaimsPrincipal user, Guid? departmentId, DateOnly? from, DateOnly? to)
    {
        var chosen = departmentId ?? user.DepartmentId();
        if (chosen is { } id)
        {
            var opened = await access.OpenAsync(user, id);
            if (!opened.Succeeded)
            {
                return opened.Refusal;
            }
        }
        else if (!DepartmentAccess.SeesAll(user))
        {
            return DepartmentAccess.NotYours;
        }
        var sessions = db.Set<ReflectionSession>().AsNoTracking()
            .Where(s => chosen == null || s.DepartmentId == chosen)
            .Where(s => from == null || s.HeldOn >= from)
            .Where(s => to == null || s.HeldOn <= to);
        var rows = await (
            from s in sessions
            join d in db.Departments on s.DepartmentId equals d.Id
            join c in db.Set<ReflectionCard>() on s.CardId equals c.Id
            orderby s.HeldOn descending, s.LoggedAt descending
            select new SessionView(s.Id, s.DepartmentId, d.Name, s.HeldOn, s.CardId, c.Number, s.Participants, s.Note, s.LoggedAt))
            .Take(Limit).ToListAsync();
        return rows;
    }
}
