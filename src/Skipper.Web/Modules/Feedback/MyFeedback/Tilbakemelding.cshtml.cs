using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Graph;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Feedback.MyFeedback;

/// <summary>Something the person can answer now: "before the session", "how was the session", or the recovery questionnaire.</summary>
public sealed record DueAction(InstrumentDefinition Instrument, string TextKey, bool Overdue);

/// <summary>/tilbakemelding: what to answer now, my graph, and my latest answers with my comments.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TilbakemeldingModel(FeedbackDoor door, FeedbackQuery query, IInstruments instruments) : PageModel
{
    /// <summary>How many of the latest answers the page lists.</summary>
    public const int Latest = 6;

    public FeedbackView View { get; private set; } = null!;
    public FeedbackChartModel Chart { get; private set; } = null!;
    public IReadOnlyList<DueAction> Actions { get; private set; } = [];
    public IReadOnlyList<ResponseStored> Answers { get; private set; } = [];
    public IReadOnlyDictionary<string, InstrumentDefinition> Instruments { get; private set; } = new Dictionary<string, InstrumentDefinition>();

    public string Language => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        View = await query.ReadAsync(opened, HttpContext.RequestAborted);
        var current = await instruments.CurrentAsync(HttpContext.RequestAborted);
        Instruments = current.ToDictionary(i => i.Code);
        Chart = FeedbackChart.Build(View, FeedbackScales.From(current));
        Actions = ActionsFor(View, current);
        Answers = [.. View.Episodes.SelectMany(e => e.Sessions).SelectMany(s => s.Forms).Concat(View.Recovery)
            .OrderByDescending(f => f.Date).ThenByDescending(f => f.SessionNumber).ThenByDescending(f => f.Kind).Take(Latest)];
        return Page();
    }

    /// <summary>
    /// "Before the session" unless today's open session has it; then "how was the session" until that is in too;
    /// and the recovery questionnaire when it is due.
    /// </summary>
    public static IReadOnlyList<DueAction> ActionsFor(FeedbackView view, IReadOnlyList<InstrumentDefinition> current)
    {
        var actions = new List<DueAction>();
        var open = view.Episodes.LastOrDefault()?.Sessions.LastOrDefault(s => s.Open);
        bool Due(InstrumentDefinition i) => view.Due.Any(d => d.Questionnaire == i.Code && d.IsDue);
        bool Answered(InstrumentKind kind) => open?.Forms.Any(f => f.Kind == kind) == true;
        foreach (var instrument in current)
        {
            switch (instrument.Kind)
            {
                case InstrumentKind.Outcome when !Answered(InstrumentKind.Outcome):
                    actions.Add(new DueAction(instrument, "Feedback.Due.Outcome", Due(instrument)));
                    break;
                case InstrumentKind.Alliance when Answered(InstrumentKind.Outcome) && !Answered(InstrumentKind.Alliance):
                    actions.Add(new DueAction(instrument, "Feedback.Due.Alliance", false));
                    break;
                case InstrumentKind.Recovery when Due(instrument):
                    actions.Add(new DueAction(instrument, "Feedback.Due.Recovery", true));
                    break;
            }
        }
        return actions;
    }

    public string TitleOf(string code) => Instruments.TryGetValue(code, out var instrument) ? instrument.Title.In(Language) : code;
}
