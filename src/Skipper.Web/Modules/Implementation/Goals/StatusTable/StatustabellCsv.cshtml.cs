using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Implementation.Goals.StatusTable;

/// <summary>/avdeling/statustabell.csv: the status table for Excel (UTF-8 with BOM, semicolons), in the reader's language.</summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StatusTableCsvModel(StatusTableQuery query, IStringLocalizer<Texts> texts) : PageModel
{
    public async Task<IActionResult> OnGetAsync() =>
        File(StatusTableCsv.Write(await query.ReadAsync(), texts), StatusTableCsv.ContentType, StatusTableCsv.FileName);
}
