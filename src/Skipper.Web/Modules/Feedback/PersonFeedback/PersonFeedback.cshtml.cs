using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Graph;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Feedback.PersonFeedback;

/// <summary>
/// /personer/{id}/tilbakemelding: staff's view of a person's feedback — the outcome graph with the cut-off, the
/// reliable-change band from intake and the expected band, the latest signals with what to do next, and every
/// session with its scores and the person's comments. Read through the door, so it is need-to-know and audited.
/// </summary>
[Authorize(Policy = Policies.CareStaff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PersonFeedbackModel(FeedbackDoor door, FeedbackQuery query, IInstruments instruments) : PageModel
{
    [FromRoute]
    public Guid PersonId { get; set; }

    public string PersonName { get; private set; } = "";
    public FeedbackView Feedback { get; private set; } = null!;
    public FeedbackChartModel Chart { get; private set; } = null!;
    public IReadOnlyDictionary<string, InstrumentDefinition> Instruments { get; private set; } = new Dictionary<string, InstrumentDefinition>();

    public string Language => CultureInfo.CurrentUICulture.Name;

    /// <summary>The latest episode's sessions, newest first.</summary>
    public IEnumerable<SessionView> Sessions => Feedback.Episodes.LastOrDefault()?.Sessions.Reverse() ?? [];

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await door.OpenAsync(User, PersonId, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        PersonName = opened.Person!.DisplayName;
        Feedback = await query.ReadAsync(opened, HttpContext.RequestAborted);
        var current = await instruments.CurrentAsync(HttpContext.RequestAborted);
        Instruments = current.ToDictionary(i => i.Code);
        Chart = FeedbackChart.Build(Feedback, FeedbackScales.From(current), FeedbackChartOptions.Staff);
        return Page();
    }

    public string TitleOf(string code) => Instruments.TryGetValue(code, out var instrument) ? instrument.Title.In(Language) : code;

    public string PartTitle(string code, string part) =>
        Instruments.TryGetValue(code, out var instrument) ? instrument.Parts.FirstOrDefault(p => p.Code == part)?.Title.In(Language) ?? part : part;
}
