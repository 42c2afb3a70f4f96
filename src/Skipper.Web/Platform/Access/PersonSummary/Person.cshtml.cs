using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Access.PersonSummary;

[Authorize(Policy = Policies.CareStaff)]
public sealed class PersonModel(PersonSummaryQuery query) : PageModel
{
    public Guid Id { get; private set; }
    public PersonSummaryView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Id = id;
        var (gate, view) = await query.FindAsync(User, id);
        if (gate.Status == GateStatus.NotFound)
        {
            return NotFound();
        }
        View = view;
        if (view is null)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        return Page();
    }
}
