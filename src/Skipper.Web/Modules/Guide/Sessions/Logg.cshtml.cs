using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Cards;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Identity.Me;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Sessions;

/// <summary>/veileder/kort/logg: logs a reflection slot after the meeting (the drawn card filled in), for any department of the municipality.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LoggModel(AppDbContext db, CardDeck deck, LogSession log) : PageModel
{
    /// <summary>How much of a card's text its choice in the list shows.</summary>
    public const int ChoiceLength = 90;

    public IReadOnlyList<NamedRef> Departments { get; private set; } = [];
    public IReadOnlyList<CardView> Cards { get; private set; } = [];
    public Guid? DepartmentId { get; private set; }
    public string HeldOn { get; private set; } = "";
    public Guid? CardId { get; private set; }
    public string Participants { get; private set; } = "";
    public string Note { get; private set; } = "";
    public string Today => log.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public Refusal? Refusal { get; private set; }

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    public async Task OnGetAsync(int? kort)
    {
        await LoadAsync();
        DepartmentId = User.DepartmentId();
        HeldOn = Today;
        CardId = kort is { } number ? Cards.FirstOrDefault(c => c.Number == number)?.Id : null;
    }

    public async Task<IActionResult> OnPostAsync(Guid? departmentId, string? heldOn, Guid? cardId, string? participants, string? note)
    {
        var date = DateOnly.TryParseExact(heldOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var count = int.TryParse(participants, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var outcome = await log.LogAsync(User, new LogSessionRequest(departmentId, date, cardId, count, note));
        if (outcome.Succeeded)
        {
            return Redirect("/veileder/kort?gjort=logget");
        }
        await LoadAsync();
        (DepartmentId, HeldOn, CardId, Participants, Note) = (departmentId, heldOn ?? "", cardId, participants ?? "", note ?? "");
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }

    public static string Choice(CardView card)
    {
        var text = card.TextIn(CultureInfo.CurrentUICulture).ReplaceLineEndings(" ");
        return $"{card.Number}: {(text.Length > ChoiceLength ? text[..ChoiceLength] + "…" : text)}";
    }

    private async Task LoadAsync()
    {
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new NamedRef(d.Id, d.Name)).ToListAsync();
        Cards = await deck.ListAsync(includeRetired: false);
    }
}
