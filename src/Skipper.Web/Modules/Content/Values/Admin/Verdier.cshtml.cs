using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Content.Values.Admin;

/// <summary>The administrator keeps the values list: add, rename, move, retire and restore. Each form posts back here.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerdierModel(ValuesAdmin values) : PageModel
{
    public IReadOnlyList<AdminValueRow> Values { get; private set; } = [];

    /// <summary>The form a refusal belongs to: "new", or the id of the value whose button was pressed.</summary>
    public string? FailedForm { get; private set; }

    public Refusal? Refusal { get; private set; }
    public string? EnteredName { get; private set; }
    public string? EnteredSortOrder { get; private set; }

    /// <summary>A success message: its text key and the value it is about.</summary>
    public (string Key, string Name)? Notice { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(string? name, string? sortOrder)
    {
        var outcome = await values.CreateAsync(User, new NewValue(name, SortOrder(sortOrder)));
        return await ShowAsync(outcome, "Values.Notice.Created", "new", name, sortOrder);
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid id) =>
        await ShowAsync(await values.RetireAsync(User, id), "Values.Notice.Retired", id.ToString());

    public async Task<IActionResult> OnPostRestoreAsync(Guid id) =>
        await ShowAsync(await values.RestoreAsync(User, id), "Values.Notice.Restored", id.ToString());

    public bool Failed(string form) => FailedForm == form;

    public FieldError? ErrorFor(string form, string field) => Failed(form) ? Refusal?.ErrorFor(field) : null;

    /// <summary>An empty field leaves the place as it is; text that is not a whole number is out of range, so the rule refuses it.</summary>
    internal static int? SortOrder(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : int.MaxValue;

    private async Task<PageResult> ShowAsync(Outcome<AdminValueRow> outcome, string noticeKey, string form, string? name = null, string? sortOrder = null)
    {
        if (outcome.Succeeded)
        {
            Notice = (noticeKey, outcome.Value.Name);
        }
        else
        {
            Refusal = outcome.Refusal;
            FailedForm = form;
            EnteredName = name;
            EnteredSortOrder = sortOrder;
            Response.StatusCode = outcome.Refusal.Status;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Values = await values.ListAsync();
}
