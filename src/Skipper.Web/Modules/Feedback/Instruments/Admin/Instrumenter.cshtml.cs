using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Feedback.Instruments.Admin;

/// <summary>The administrator sees the municipality's instruments and uploads a new definition file.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InstrumenterModel(InstrumentsAdmin instruments) : PageModel
{
    public IReadOnlyList<InstrumentRow> Current { get; private set; } = [];
    public IReadOnlyList<InstrumentRow> Older { get; private set; } = [];
    public UploadedInstrument? Uploaded { get; private set; }
    public IReadOnlyList<DefinitionProblem> Problems { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = file switch
        {
            null or { Length: 0 } => UploadOutcome.Refused(StatusCodes.Status400BadRequest, DefinitionProblem.Of("NoFile")),
            { Length: > FeedbackLimits.DefinitionBytes } => UploadOutcome.Refused(StatusCodes.Status400BadRequest, DefinitionProblem.Of("TooLarge", FeedbackLimits.DefinitionBytes / 1024)),
            _ => await instruments.UploadAsync(User, await ReadAsync(file, cancellationToken), cancellationToken),
        };
        if (outcome.Succeeded)
        {
            Uploaded = outcome.Uploaded;
        }
        else
        {
            Problems = outcome.Problems;
            Response.StatusCode = outcome.Status;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public static string TitleIn(InstrumentRow row) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? row.TitleEn : row.Title;

    private static async Task<string> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await instruments.ListAsync(cancellationToken);
        Current = rows.Where(r => r.IsCurrent).ToList();
        Older = rows.Where(r => !r.IsCurrent).ToList();
    }
}
