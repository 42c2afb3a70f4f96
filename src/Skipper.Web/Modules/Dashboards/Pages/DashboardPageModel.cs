using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Dashboards.Cells.Data;
using Skipper.Web.Modules.Dashboards.Dashboard;
using Skipper.Web.Modules.Dashboards.Figures;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Dashboards.Pages;

/// <summary>What /ledelse and /ledelse/avdeling/{id} share: the period form (plain GET, works without JavaScript) and the dashboard.</summary>
public abstract class DashboardPageModel(DashboardQuery query, DepartmentAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "grain")]
    public string? GrainText { get; set; }

    public DashboardView? Dashboard { get; private set; }

    /// <summary>Why the period asked for could not be shown; the form keeps what was typed.</summary>
    public Refusal? PeriodProblem { get; private set; }

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public bool SeesAll => DepartmentAccess.SeesAll(User);

    public Grain ChosenGrain => Dashboard?.Grain ?? (GrainText == "quarter" ? Grain.Quarter : Grain.Month);

    public string FromMonth => Dashboard?.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? From ?? "";

    public string ToMonth => Dashboard?.To.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? To ?? "";

    /// <summary>The export of what is on the page.</summary>
    public string ExportLink =>
        $"/ledelse/eksport.csv?from={FromMonth}&to={ToMonth}&grain={DashboardPeriod.Name(ChosenGrain)}"
        + (Dashboard?.DepartmentId is { } id ? $"&avdeling={id}" : "");

    protected async Task<IActionResult> ShowAsync(Func<DashboardPeriod, Task<Outcome<DashboardView>>> load)
    {
        Departments = await access.ChoicesAsync(User);
        var period = DashboardPeriod.Parse(From, To, GrainText, query.Today());
        if (!period.Succeeded)
        {
            PeriodProblem = period.Refusal;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await load(period.Value);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        Dashboard = outcome.Value;
        return Page();
    }
}
