using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Implementation.PeerWorkers.Figures;
using Skipper.Web.Modules.Implementation.PeerWorkers.Positions;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Pages;

/// <summary>/avdeling/erfaringsmedarbeidere/{id}: changes a position, or ends it by giving its last day. Leaders only.</summary>
[Authorize(Policy = Policies.Leader)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StillingModel(PeerOverview overview, PositionCommands commands) : PageModel
{
    public PositionView Position { get; private set; } = null!;
    public PositionInput Values { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var shown = await ShowAsync(id);
        if (shown is PageResult)
        {
            Values = PositionFieldsModel.From(Position);
        }
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? percent, string? kind, string? startOn, string? endOn, string? label, int? version)
    {
        if (await ShowAsync(id) is not PageResult shown)
        {
            return NotFound();
        }
        var input = new PositionInput(percent, kind, startOn, endOn, label, version);
        var (outcome, current) = await commands.ChangeAsync(User, Position.DepartmentId, id, input);
        if (outcome.Succeeded)
        {
            return Redirect($"{ErfaringsmedarbeidereModel.Path}?avdeling={Position.DepartmentId}&lagret=position#positions");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        // After a conflict the form shows what is stored now, with its version; otherwise what was typed.
        Values = current is not null ? PositionFieldsModel.From(current) : input;
        return shown;
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var outcome = await overview.PositionAsync(User, id);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        Position = outcome.Value;
        return Page();
    }
}
