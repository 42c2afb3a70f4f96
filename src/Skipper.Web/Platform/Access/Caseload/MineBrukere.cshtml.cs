using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Access.Caseload;

[Authorize(Policy = Policies.CareStaff)]
public sealed class MineBrukereModel(CaseloadQuery query) : PageModel
{
    public IReadOnlyList<CaseloadEntry> Entries { get; private set; } = [];

    public IReadOnlyList<ICaseloadColumn> Columns => query.Columns;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await query.ForAsync(User, cancellationToken);
}
