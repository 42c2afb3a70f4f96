using Microsoft.AspNetCore.Mvc;

namespace Skipper.Web.Modules.Plans.Crew;

/// <summary>My crew in short on /min-plan, with the way to manage it and to download everything about me.</summary>
public sealed class CrewSummaryViewComponent(CrewQuery query) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId) =>
        View("/Modules/Plans/Crew/_CrewSummary.cshtml", await query.ReadAsync(personId));
}
