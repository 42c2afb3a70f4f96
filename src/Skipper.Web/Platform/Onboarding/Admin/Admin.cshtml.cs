using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Accounts;
using Skipper.Web.Platform.Onboarding.Departments;

namespace Skipper.Web.Platform.Onboarding.Admin;

/// <summary>
/// The municipality's set-up: departments and accounts. Each form posts to its own handler; the answer is
/// this page again, so a new sign-up link is shown once, in the body of the POST, and never in a URL.
/// </summary>
[Authorize(Policy = Policies.TenantAdmin)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AdminModel(DepartmentsAdmin departments, AccountsQuery accounts, CreateAccountCommand create, AccountCommands commands)
    : PageModel
{
    public string Municipality { get; private set; } = "";
    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    /// <summary>Which form the refusal belongs to: "department", "account" or "row".</summary>
    public string? FailedForm { get; private set; }

    public Refusal? Refusal { get; private set; }
    public NewAccount? Entered { get; private set; }
    public string? EnteredDepartment { get; private set; }

    /// <summary>A success message: its text key and the name it is about.</summary>
    public (string Key, string Name)? Notice { get; private set; }

    public string? NewLinkUrl { get; private set; }
    public AccountWithLink? NewLink { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostDepartmentAsync(string? name)
    {
        var outcome = await departments.CreateAsync(User, new NewDepartment(name));
        if (outcome.Succeeded)
        {
            Notice = ("Admin.Notice.DepartmentCreated", outcome.Value.Name);
        }
        EnteredDepartment = outcome.Succeeded ? null : name;
        return await ShowAsync(outcome.Refusal, "department");
    }

    public async Task<IActionResult> OnPostAccountAsync(string? displayName, string? email, string? role, string? departmentId)
    {
        var request = new NewAccount(displayName, email, role, Guid.TryParse(departmentId, out var id) ? id : null);
        var outcome = await create.CreateAsync(User, request);
        ShowLink(outcome.Value);
        Entered = outcome.Succeeded ? null : request;
        return await ShowAsync(outcome.Refusal, "account");
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id)
    {
        var outcome = await commands.DeactivateAsync(User, id);
        if (outcome.Succeeded)
        {
            Notice = ("Admin.Notice.Deactivated", outcome.Value.DisplayName);
        }
        return await ShowAsync(outcome.Refusal, "row");
    }

    public async Task<IActionResult> OnPostSignUpLinkAsync(Guid id)
    {
        var outcome = await commands.NewSignUpLinkAsync(User, id);
        ShowLink(outcome.Value);
        return await ShowAsync(outcome.Refusal, "row");
    }

    public bool IsMe(AccountRow account) => account.Id == User.UserId();

    /// <summary>Norwegian local time, whatever the server's own time zone is.</summary>
    public static string LocalTime(DateTimeOffset at) =>
        (TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Oslo", out var oslo) ? TimeZoneInfo.ConvertTime(at, oslo) : at)
        .ToString("f", CultureInfo.CurrentCulture);

    private void ShowLink(AccountWithLink? created)
    {
        NewLink = created;
        NewLinkUrl = created?.Link.UrlOn(Request);
    }

    private async Task<PageResult> ShowAsync(Refusal? refusal, string form)
    {
        if (refusal is not null)
        {
            Refusal = refusal;
            FailedForm = form;
            Response.StatusCode = refusal.Status;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Municipality = await accounts.MunicipalityAsync(User);
        Departments = await departments.ListAsync();
        Accounts = await accounts.ListAsync(User);
    }
}
