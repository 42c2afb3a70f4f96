using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Access.Emergency;

[Authorize(Policy = Policies.CareStaff)]
public sealed class NodtilgangModel(EmergencyAccessCommand command) : PageModel
{
    public string? ErrorKey { get; private set; }
    public string? Reason { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? reason)
    {
        var (outcome, _) = await command.GrantAsync(User, id, reason);
        switch (outcome)
        {
            case EmergencyOutcome.Granted:
            case EmergencyOutcome.AlreadyHasAccess:
                return Redirect($"/personer/{id}");
            case EmergencyOutcome.PersonNotFound:
                return NotFound();
            default:
                Reason = reason;
                ErrorKey = EmergencyAccessCommand.MessageKey(outcome);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }
}
