using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Identity.Me;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access.CareRelations;

/// <summary>Department work: the leader (or the administrator on the leader's behalf) starts and ends care relations.</summary>
[Authorize(Policy = Policies.ManageCareRelations)]
public sealed class AvdelingModel(AppDbContext db, CareRelationCommands commands, CareRelationsQuery query) : PageModel
{
    public IReadOnlyList<NamedRef> Departments { get; private set; } = [];
    public Department? Department { get; private set; }
    public IReadOnlyList<CareRelationView> Relations { get; private set; } = [];
    public IReadOnlyList<NamedRef> Persons { get; private set; } = [];
    public IReadOnlyList<NamedRef> Staff { get; private set; } = [];
    public string? MessageKey { get; private set; }
    public bool IsError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? avdeling) => await ShowAsync(avdeling);

    public async Task<IActionResult> OnPostStartAsync(Guid avdeling, Guid personId, Guid staffUserId, bool isCoordinator)
    {
        var (outcome, _) = await commands.StartAsync(User, avdeling, new StartCareRelation(personId, staffUserId, isCoordinator, null));
        return await ShowAsync(avdeling, outcome, "Dept.Started");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid avdeling, Guid relationId) =>
        await ShowAsync(avdeling, await commands.EndAsync(User, avdeling, relationId, null), "Dept.Ended");

    private async Task<IActionResult> ShowAsync(Guid? departmentId, CareOutcome? outcome = null, string? doneKey = null)
    {
        var isAdmin = User.IsInRole(Roles.TenantAdmin);
        Departments = await db.Departments.AsNoTracking()
            .Where(d => isAdmin || d.Id == User.DepartmentId())
            .OrderBy(d => d.Name).Select(d => new NamedRef(d.Id, d.Name)).ToListAsync();
        var chosen = departmentId ?? User.DepartmentId() ?? Departments.FirstOrDefault()?.Id;
        if (chosen is { } id)
        {
            var (access, department) = await commands.DepartmentAsync(User, id);
            if (department is null)
            {
                return access == CareOutcome.Forbidden ? Forbid() : NotFound();
            }
            Department = department;
            Relations = await query.ListAsync(User, department);
            (Persons, Staff) = await query.ChoicesAsync(department);
        }
        if (outcome is { } done)
        {
            IsError = done != CareOutcome.Done;
            MessageKey = IsError ? CareRelationCommands.MessageKey(done) : doneKey;
            Response.StatusCode = IsError ? CareRelationCommands.StatusOf(done) : StatusCodes.Status200OK;
        }
        return Page();
    }
}
