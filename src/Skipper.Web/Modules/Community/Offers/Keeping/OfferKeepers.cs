using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>
/// Who keeps which offers. An offer-provider account keeps the offers of the organisation it belongs to; every
/// municipal employee (care staff, leaders, the administrator) keeps the municipality's own offers, those of its
/// organisations of type municipality. Nobody else keeps any.
/// </summary>
public sealed class OfferKeepers(AppDbContext db)
{
    public async Task<IReadOnlyList<OfferOrganisation>> OrganisationsOfAsync(ClaimsPrincipal user)
    {
        var userId = user.UserId();
        var isProvider = user.IsInRole(Roles.OfferProvider);
        var isEmployee = user.IsEmployee();
        if (userId is null || !isProvider && !isEmployee)
        {
            return [];
        }
        var own = db.Set<OfferOrganisationMember>().Where(m => isProvider && m.UserId == userId).Select(m => m.OrganisationId);
        return await db.Set<OfferOrganisation>().AsNoTracking()
            .Where(g => own.Contains(g.Id) || isEmployee && g.Type == ProviderType.Municipality)
            .OrderBy(g => g.Name)
            .ToListAsync();
    }
}
