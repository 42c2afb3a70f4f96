using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Home;

public sealed record HomeView(string DisplayName, string Email, IReadOnlyList<string> Roles, string Municipality, string? Department);

/// <summary>
/// Every role's home: who you are, your municipality and department, and what you can open. Built from the
/// sign-in cookie (renewed from the account every minute) and cached names: no query per request.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class HjemModel(OrganisationNames names, IEnumerable<IHomeReminder> reminders) : PageModel
{
    public HomeView Me { get; private set; } = null!;
    internal IReadOnlyList<HomeLink> Links { get; private set; } = [];
    public IReadOnlyList<HomeReminder> Reminders { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var department = User.DepartmentId() is { } departmentId ? await names.DepartmentAsync(departmentId) : null;
        var municipality = User.TenantId() is { } tenantId ? await names.TenantAsync(tenantId) : null;
        Me = new HomeView(User.DisplayNameOf(), User.FindFirstValue(ClaimTypes.Email) ?? "",
            Roles.All.Where(User.IsInRole).ToList(), municipality ?? "", department);
        Links = HomeLinks.For(User).ToList();
        if (User.IsInRole(Roles.Person))
        {
            var due = new List<HomeReminder>();
            foreach (var reminder in reminders)
            {
                due.AddRange(await reminder.ForAsync(User, HttpContext.RequestAborted));
            }
            Reminders = due;
        }
    }
}
