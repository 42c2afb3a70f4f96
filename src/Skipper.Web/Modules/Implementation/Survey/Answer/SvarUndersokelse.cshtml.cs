using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey.Answer;

/// <summary>/undersokelse/{id}: answering a survey once. Every question may be skipped; what was chosen is kept on refusal.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SvarUndersokelseModel(MySurveys surveys) : PageModel
{
    public MySurveyView Survey { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }
    public IReadOnlyDictionary<int, string?> Typed { get; private set; } = new Dictionary<int, string?>();

    public bool Thanks => Request.Query["takk"] == "true";

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id);

    public async Task<IActionResult> OnPostAsync(Guid id, Dictionary<int, string?> answer)
    {
        if (await ShowAsync(id) is not PageResult)
        {
            return NotFound();
        }
        var items = answer.Select(a => ToItem(a.Key, a.Value)).ToList();
        var outcome = await surveys.AnswerAsync(User, id, new AnswerRequest(items));
        if (outcome.Succeeded)
        {
            return Redirect($"{SurveyPaths.Mine}/{id}?takk=true");
        }
        if (outcome.Refusal.Kind == RefusalKind.NotFound)
        {
            return NotFound();
        }
        var shown = await ShowAsync(id);
        Refusal = outcome.Refusal;
        Typed = answer;
        Response.StatusCode = outcome.Refusal.Status;
        return shown;
    }

    public FieldError? ErrorFor(int number) => Refusal?.ErrorFor($"answers[{number}]");

    public bool IsChosen(int number, string value) => Typed.TryGetValue(number, out var typed) && typed == value;

    public string? TextOf(int number) => Typed.GetValueOrDefault(number);

    /// <summary>A form sends words for every kind: "1"–"5", "yes" or "no", or the text; the question decides which is right.</summary>
    private AnswerItem ToItem(int number, string? value)
    {
        var question = Survey.Questions.FirstOrDefault(q => q.Number == number);
        var text = value ?? "";
        return question switch
        {
            { IsScale: true } => new AnswerItem(number, int.TryParse(text, out var score) ? score : null, null, null),
            { IsYesNo: true } => new AnswerItem(number, null, text == "yes" ? true : text == "no" ? false : null, null),
            _ => new AnswerItem(number, null, null, text),
        };
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var outcome = await surveys.OneAsync(User, id);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        Survey = outcome.Value;
        return Page();
    }
}
