using Skipper.Web.Platform.Input;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.MyChime;

/// <summary>/veileder/chime: Exercise 2, my own words for the five CHIME elements, in one form; printable for a talk.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ChimeModel(MyChimeExercise exercise) : PageModel
{
    public const string Address = "/veileder/chime";

    public ChimeExerciseView Exercise { get; private set; } = ChimeExerciseView.Empty;
    public Refusal? Refusal { get; private set; }

    /// <summary>What the refused form had in it, so nothing typed is lost.</summary>
    public ChimeExerciseRequest? Typed { get; private set; }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public bool Saved => Request.Query["lagret"] == "true";

    public static IReadOnlyList<ChimeExercisePurpose> Purposes => Enum.GetValues<ChimeExercisePurpose>();

    public async Task OnGetAsync() => Exercise = await exercise.GetAsync(User);

    public async Task<IActionResult> OnPostAsync(string? connectedness, string? hope, string? identity, string? meaning, string? empowerment, string? purpose, int? version)
    {
        var request = new ChimeExerciseRequest(connectedness, hope, identity, meaning, empowerment, purpose, version);
        var (outcome, _) = await exercise.SaveAsync(User, request);
        if (outcome.Succeeded)
        {
            return Redirect(Address + "?lagret=true");
        }
        Refusal = outcome.Refusal;
        Typed = request;
        Response.StatusCode = outcome.Refusal.Status;
        Exercise = await exercise.GetAsync(User);
        return Page();
    }

    /// <summary>The text to show in an element's field: what was typed when refused, otherwise what is stored.</summary>
    public string TextOf(string element)
    {
        if (Typed is null)
        {
            return Exercise.Texts().First(t => t.Element == element).Text;
        }
        return element switch
        {
            "connectedness" => Typed.Connectedness,
            "hope" => Typed.Hope,
            "identity" => Typed.Identity,
            "meaning" => Typed.Meaning,
            _ => Typed.Empowerment,
        } ?? "";
    }

    public bool IsPurpose(ChimeExercisePurpose purpose) =>
        Typed is not null && EnumNames.TryParse<ChimeExercisePurpose>(Typed.Purpose, out var typed) ? typed == purpose : Exercise.Purpose == purpose;

    public static string NameOf(ChimeExercisePurpose purpose) => EnumNames.Of(purpose);

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);
}
