using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Home;

[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache)]
public sealed class IndexModel(AppDbContext db, ITenantContext tenant) : PageModel
{
    public string? MunicipalityName { get; private set; }

    public async Task OnGetAsync() =>
        MunicipalityName = await db.Tenants.AsNoTracking().Where(t => t.Id == tenant.TenantId).Select(t => t.Name).FirstOrDefaultAsync();
}
