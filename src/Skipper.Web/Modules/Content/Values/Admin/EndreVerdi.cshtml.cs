using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Content.Values.Admin;

/// <summary>Renames one value or moves it in the list. Another municipality's value is not found.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EndreVerdiModel(ValuesAdmin values) : PageModel
{
    public AdminValueRow Value { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }
    public string? EnteredName { get; private set; }
    public string? EnteredSortOrder { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await values.FindAsync(id) is not { } value)
        {
            return NotFound();
        }
        Value = value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? name, string? sortOrder)
    {
        var outcome = await values.UpdateAsync(User, id, new ValueChange(name, VerdierModel.SortOrder(sortOrder)));
        if (outcome.Succeeded)
        {
            Value = outcome.Value;
            Saved = true;
            return Page();
        }
        if (await values.FindAsync(id) is not { } value)
        {
            return NotFound();
        }
        Value = value;
        Refusal = outcome.Refusal;
        EnteredName = name;
        EnteredSortOrder = sortOrder;
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }
}
