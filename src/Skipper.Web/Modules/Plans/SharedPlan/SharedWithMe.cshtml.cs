using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Plans.SharedPlan;

public sealed record SharedPlanLink(Guid PersonId, string Name, bool SharesAnything);

/// <summary>/delt: the persons who share parts of their plan with the signed-in relative, read fresh (a withdrawn share is gone).</summary>
[Authorize(Policy = Policies.Relative)]
public sealed class SharedWithMeModel(AppDbContext db, IAuditLog audit) : PageModel
{
    public IReadOnlyList<SharedPlanLink> Shared { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        var shares = await db.RelativeShares.AsNoTracking()
            .Where(s => s.RelativeUserId == userId && s.WithdrawnAt == null)
            .Join(db.Persons, s => s.PersonId, p => p.Id, (s, p) => new { p.Id, p.DisplayName, s.Scopes })
            .ToListAsync();
        Shared = shares
            .Select(s => new SharedPlanLink(s.Id, s.DisplayName, PlanParts.InScopes(s.Scopes).Count > 0))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        if (Shared.Count > 0)
        {
            await audit.RecordAsync(User, new AuditEntry(AuditActions.ListView, "shared-with-me", Shared.Select(s => s.PersonId).ToList()));
        }
    }
}
