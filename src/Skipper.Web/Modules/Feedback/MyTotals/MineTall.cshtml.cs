using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Feedback.MyTotals;

/// <summary>/tilbakemelding/mine-tall: my own totals, each number with its n and one plain sentence.</summary>
[Authorize(Policy = Policies.CareStaff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MineTallModel(MyTotalsQuery query) : PageModel
{
    public MyTotalsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await query.ForAsync(User, cancellationToken);
}
