using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Feedback.Overdue;

/// <summary>/mine-brukere/tilbakemelding: the people in my caseload whose feedback or recovery questionnaire is due.</summary>
[Authorize(Policy = Policies.CareStaff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class OverdueModel(OverdueQuery query) : PageModel
{
    public IReadOnlyList<OverduePerson> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => People = await query.ForAsync(User, cancellationToken);
}
