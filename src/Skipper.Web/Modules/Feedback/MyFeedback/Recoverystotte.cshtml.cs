using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Feedback.MyFeedback;

/// <summary>/tilbakemelding/recoverystotte: my recovery-support results over time (each part 0–100), and a link when it is due.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RecoverystotteModel(FeedbackDoor door, FeedbackQuery query, IInstruments instruments) : PageModel
{
    public FeedbackView View { get; private set; } = null!;
    public InstrumentDefinition? Instrument { get; private set; }
    public DueView? Due { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        View = await query.ReadAsync(opened, HttpContext.RequestAborted);
        Instrument = (await instruments.CurrentAsync(HttpContext.RequestAborted)).FirstOrDefault(i => i.Kind == InstrumentKind.Recovery);
        Due = Instrument is null ? null : View.Due.FirstOrDefault(d => d.Questionnaire == Instrument.Code);
        return Page();
    }
}
