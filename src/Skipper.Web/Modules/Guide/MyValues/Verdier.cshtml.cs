using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.MyValues;

/// <summary>
/// /veileder/verdier: Exercise 1 for the employee, in two steps, each its own form. Step 1 chooses up to 10 (from
/// the municipality's list, or in my own words); step 2 keeps at most 5 and holds my answers. A finished round
/// can be followed by a new one, to compare later.
/// </summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerdierModel(MyValuesExercise exercise, IValuesList list) : PageModel
{
    public const string Address = "/veileder/verdier";

    /// <summary>How many empty fields for my own values the first step offers, besides those already written.</summary>
    public const int OwnFields = 3;

    /// <summary>The exercise's questions, in our own words; answered together in one text.</summary>
    public static readonly string[] Questions = ["Q1", "Q2", "Q3", "Q4"];

    public ValuesRoundView Round { get; private set; } = ValuesRoundView.First;
    public IReadOnlyList<string> Listed { get; private set; } = [];
    public string? Failed { get; private set; }
    public Refusal? Refusal { get; private set; }

    /// <summary>What the refused form had in it, so nothing typed or ticked is lost.</summary>
    public IReadOnlyList<string>? TypedChosen { get; private set; }
    public IReadOnlyList<string>? TypedOwn { get; private set; }
    public IReadOnlyList<string>? TypedKept { get; private set; }
    public string? TypedReflection { get; private set; }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public bool Saved => Request.Query["lagret"] == "true";

    public bool Started => Request.Query["ny"] == "true";

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostChooseAsync(List<string> chosen, List<string> own, int? version)
    {
        await ShowAsync();
        var all = chosen.Concat(own.Where(o => !string.IsNullOrWhiteSpace(o))).ToList();
        // Choosing again keeps what I kept, as long as it is still chosen.
        var kept = Round.Kept.Where(k => all.Contains(k, StringComparer.CurrentCultureIgnoreCase)).ToList();
        var (outcome, _) = await exercise.SaveAsync(User, new ValuesRoundRequest(all!, kept!, Round.Reflection, version));
        TypedChosen = chosen;
        TypedOwn = own;
        return await AfterAsync(outcome.Refusal, "choose", "#keep");
    }

    public async Task<IActionResult> OnPostKeepAsync(List<string> kept, string? reflection, int? version)
    {
        await ShowAsync();
        var (outcome, _) = await exercise.SaveAsync(User, new ValuesRoundRequest(Round.Chosen!, kept!, reflection, version));
        TypedKept = kept;
        TypedReflection = reflection;
        return await AfterAsync(outcome.Refusal, "keep", "?lagret=true#kept");
    }

    public async Task<IActionResult> OnPostNewRoundAsync()
    {
        var outcome = await exercise.StartRoundAsync(User);
        return await AfterAsync(outcome.Refusal, "round", "?ny=true#choose");
    }

    /// <summary>Ticked in step 1: what was just sent, or else what is stored.</summary>
    public bool IsChosen(string name) => (Failed == "choose" && !IsConflict ? TypedChosen! : Round.Chosen).Contains(name, StringComparer.CurrentCultureIgnoreCase);

    public bool IsKept(string name) => (Failed == "keep" && !IsConflict ? TypedKept! : Round.Kept).Contains(name, StringComparer.CurrentCultureIgnoreCase);

    public string ReflectionShown => Failed == "keep" && !IsConflict ? TypedReflection ?? "" : Round.Reflection;

    /// <summary>My own words among the chosen (not on the list), then empty fields to write more.</summary>
    public IReadOnlyList<string> OwnValues()
    {
        var own = Failed == "choose" && !IsConflict
            ? TypedOwn!.ToList()
            : Round.Chosen.Where(c => !Listed.Contains(c, StringComparer.CurrentCultureIgnoreCase)).ToList();
        return own.Where(o => !string.IsNullOrWhiteSpace(o)).Concat(Enumerable.Repeat("", OwnFields)).ToList();
    }

    public FieldError? ErrorFor(string form, string field) => Failed == form ? Refusal?.ErrorFor(field) : null;

    private async Task<IActionResult> AfterAsync(Refusal? refusal, string form, string then)
    {
        if (refusal is null)
        {
            return Redirect(Address + then);
        }
        Failed = form;
        Refusal = refusal;
        Response.StatusCode = refusal.Status;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Round = await exercise.CurrentAsync(User);
        Listed = (await list.ActiveAsync()).Select(v => v.Name).ToList();
        return Page();
    }
}
