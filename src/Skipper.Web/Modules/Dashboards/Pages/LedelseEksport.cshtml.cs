using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Dashboards.Dashboard;
using Skipper.Web.Modules.Dashboards.Export;
using Skipper.Web.Modules.Dashboards.Figures;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Dashboards.Pages;

/// <summary>/ledelse/eksport.csv?from=&amp;to=&amp;grain=&amp;avdeling=: the dashboard on the page as CSV (the section's without avdeling, for a section leader).</summary>
[Authorize(Policy = Policies.Leader)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LedelseEksportModel(DashboardQuery query, IStringLocalizer<Texts> texts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? from, string? to, string? grain, Guid? avdeling, CancellationToken ct)
    {
        var period = DashboardPeriod.Parse(from, to, grain, query.Today());
        if (!period.Succeeded)
        {
            return BadRequest(string.Join(" ", period.Refusal.Fields.Select(texts.Text)));
        }
        var department = avdeling ?? (DepartmentAccess.SeesAll(User) ? null : User.DepartmentId());
        var outcome = department is { } id
            ? await query.DepartmentAsync(User, id, period.Value, ct)
            : await query.SectionAsync(User, period.Value, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        var name = $"ledelse-{outcome.Value.From:yyyy-MM}-{outcome.Value.To:yyyy-MM}.csv";
        return File(DashboardCsv.Write(outcome.Value, texts, CultureInfo.CurrentCulture), "text/csv; charset=utf-8", name);
    }
}
