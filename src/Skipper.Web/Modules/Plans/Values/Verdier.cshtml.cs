using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Content.Values;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Values;

/// <summary>
/// /min-plan/verdier: the values exercise in two steps, each its own form. Step 1 chooses up to 10 (from the
/// municipality's list, or in my own words); step 2 keeps at most 5 of them and holds my thoughts.
/// </summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerdierModel(PlanDoor door, PlanQuery query, IValuesList list, SaveValues save) : PageModel
{
    /// <summary>How many empty fields for my own values the first step offers, besides those already written.</summary>
    public const int OwnFields = 3;

    public ValuesView Values { get; private set; } = ValuesView.Empty;
    public IReadOnlyList<string> Listed { get; private set; } = [];
    public string? Failed { get; private set; }
    public Refusal? Refusal { get; private set; }

    /// <summary>What the refused form had in it, so nothing typed or ticked is lost.</summary>
    public IReadOnlyList<string>? TypedChosen { get; private set; }
    public IReadOnlyList<string>? TypedOwn { get; private set; }
    public IReadOnlyList<string>? TypedKept { get; private set; }
    public string? TypedReflection { get; private set; }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostChooseAsync(List<string> chosen, List<string> own, int? version)
    {
        if (await ShowAsync() is not PageResult)
        {
            return NotFound();
        }
        var all = chosen.Concat(own.Where(o => !string.IsNullOrWhiteSpace(o))).ToList();
        // Choosing again keeps what I kept, as long as it is still chosen.
        var kept = Values.Kept.Where(k => all.Contains(k, StringComparer.CurrentCultureIgnoreCase)).ToList();
        var (outcome, _) = await save.SaveAsync(User, new ValuesRequest(all!, kept!, Values.Reflection, version));
        TypedChosen = chosen;
        TypedOwn = own;
        return await AfterAsync(outcome.Refusal, "choose", "#keep");
    }

    public async Task<IActionResult> OnPostKeepAsync(List<string> kept, string? reflection, int? version)
    {
        if (await ShowAsync() is not PageResult)
        {
            return NotFound();
        }
        var (outcome, _) = await save.SaveAsync(User, new ValuesRequest(Values.Chosen!, kept!, reflection, version));
        TypedKept = kept;
        TypedReflection = reflection;
        return await AfterAsync(outcome.Refusal, "keep", "?lagret=true#kept");
    }

    public bool Saved => Request.Query["lagret"] == "true";

    /// <summary>Ticked in step 1: what was just sent, or else what is stored.</summary>
    public bool IsChosen(string name) => (Failed == "choose" && !IsConflict ? TypedChosen! : Values.Chosen).Contains(name, StringComparer.CurrentCultureIgnoreCase);

    public bool IsKept(string name) => (Failed == "keep" && !IsConflict ? TypedKept! : Values.Kept).Contains(name, StringComparer.CurrentCultureIgnoreCase);

    /// <summary>My own words among the chosen (not on the list), then empty fields to write more.</summary>
    public IReadOnlyList<string> OwnValues()
    {
        var own = Failed == "choose" && !IsConflict
            ? TypedOwn!.ToList()
            : Values.Chosen.Where(c => !Listed.Contains(c, StringComparer.CurrentCultureIgnoreCase)).ToList();
        return own.Where(o => !string.IsNullOrWhiteSpace(o)).Concat(Enumerable.Repeat("", OwnFields)).ToList();
    }

    public FieldError? ErrorFor(string form, string field) => Failed == form ? Refusal?.ErrorFor(field) : null;

    private async Task<IActionResult> AfterAsync(Refusal? refusal, string form, string then)
    {
        if (refusal is null)
        {
            return Redirect("/min-plan/verdier" + then);
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
        Values = (await query.ReadAsync(opened)).Values ?? ValuesView.Empty;
        Listed = (await list.ActiveAsync()).Select(v => v.Name).ToList();
        return Page();
    }
}
