using Skipper.Web.Platform.Input;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Chime;

/// <summary>/min-plan/chime: a text form per element, one form to rate them 1–5 now, and the ratings over time as a chart.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ChimePageModel(PlanDoor door, PlanQuery query, ChimeCommands chime) : PageModel
{
    public ChimeView Chime { get; private set; } = new([], []);
    public string? Failed { get; private set; }
    public Refusal? Refusal { get; private set; }
    public string? TypedText { get; private set; }
    public IReadOnlyDictionary<string, string?> TypedRatings { get; private set; } = new Dictionary<string, string?>();

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostNoteAsync(string? element, ChimeNoteRequest request)
    {
        var (outcome, _) = await chime.SaveNoteAsync(User, element, request);
        TypedText = request.Text;
        return await AfterAsync(outcome.Refusal, element ?? "", "#" + element);
    }

    /// <summary>Each radio group sends rating[element]: a number, or nothing when skipped.</summary>
    public async Task<IActionResult> OnPostRateAsync(Dictionary<string, string?> rating)
    {
        var scores = rating.ToDictionary(r => r.Key, r => string.IsNullOrEmpty(r.Value) ? null : int.TryParse(r.Value, out var s) ? s : (int?)0);
        var outcome = await chime.RateAsync(User, new ChimeRatingsRequest(scores));
        TypedRatings = rating;
        return await AfterAsync(outcome.Refusal, "rate", "?lagret=true#chart");
    }

    public bool Saved => Request.Query["lagret"] == "true";

    public static string NameOf(ChimeElement element) => EnumNames.Of(element);

    public FieldError? ErrorFor(string form, string field) => Failed == form ? Refusal?.ErrorFor(field) : null;

    /// <summary>Checked in the rating form: only what was just sent and refused; a new round starts empty.</summary>
    public bool IsRated(ChimeElement element, int? score) =>
        TypedRatings.TryGetValue(NameOf(element), out var typed) && !string.IsNullOrEmpty(typed) ? typed == score?.ToString() : score is null;

    private async Task<IActionResult> AfterAsync(Refusal? refusal, string form, string then)
    {
        if (refusal is null)
        {
            return Redirect("/min-plan/chime" + then);
        }
        Failed = form;
        Refusal = refusal;
        Response.StatusCode = refusal.Status;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        Chime = (await query.ReadAsync(opened)).Chime ?? new([], []);
        return Page();
    }
}
