using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.MyValues;

/// <summary>/veileder/verdier/sammenlign: two of my rounds side by side (the last two unless I pick others), values kept in both marked.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SammenlignModel(MyValuesExercise exercise) : PageModel
{
    public IReadOnlyList<ValuesRoundView> Rounds { get; private set; } = [];
    public ValuesRoundView? Before { get; private set; }
    public ValuesRoundView? After { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? a, int? b)
    {
        Rounds = (await exercise.RoundsAsync(User)).Where(r => r.Version > 0).ToList();
        if (Rounds.Count == 0)
        {
            return Page();
        }
        After = Rounds.FirstOrDefault(r => r.Number == b) ?? Rounds[^1];
        Before = Rounds.FirstOrDefault(r => r.Number == a && r.Number != After.Number)
            ?? Rounds.LastOrDefault(r => r.Number < After.Number)
            ?? Rounds.FirstOrDefault(r => r.Number != After.Number);
        if (Before is not null && Before.Number > After.Number)
        {
            (Before, After) = (After, Before);
        }
        return Page();
    }

    /// <summary>Kept in both rounds shown: what stayed most important over time.</summary>
    public bool KeptInBoth(string name) =>
        Before is not null && After is not null
        && Before.Kept.Contains(name, StringComparer.CurrentCultureIgnoreCase)
        && After.Kept.Contains(name, StringComparer.CurrentCultureIgnoreCase);
}
